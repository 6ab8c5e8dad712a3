using System.Globalization;
using StudentPortfolio.Bulk;

namespace StudentPortfolio.Samples.Validator;

/// <summary>Draws a one-line progress bar on stderr (only used when stderr is a terminal).</summary>
internal sealed class ConsoleProgressBar : IProgress<BulkProgress>
{
    private const int Width = 30;
    private readonly Lock _gate = new();
    private bool _drawn;

    public void Report(BulkProgress value)
    {
        lock (_gate)
        {
            var fraction = value.Fraction ?? 0;
            var filled = (int)Math.Round(fraction * Width);
            var seconds = Math.Max(value.Elapsed.TotalSeconds, 1e-3);
            Console.Error.Write(string.Create(CultureInfo.InvariantCulture,
                $"\r[{new string('#', filled)}{new string('.', Width - filled)}] {fraction,4:P0} {value.StudentsValidated,9:N0} students {value.BytesRead / 1e6 / seconds,7:F0} MB/s "));
            _drawn = true;
        }
    }

    /// <summary>Ends the progress line so later output starts on a new line.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            if (_drawn)
            {
                Console.Error.WriteLine();
            }
        }
    }
}
