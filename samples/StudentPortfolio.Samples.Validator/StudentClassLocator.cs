using System.Text.Json;

namespace StudentPortfolio.Samples.Validator;

/// <summary>
/// Finds a student's grade and class (年級班級) in the input file from where the bulk run said the student starts
/// (<see cref="Rules.SourcePosition.Offset"/>): it reads the student's top-level members from there, forward only,
/// and stops as soon as both are found, so a report does not read the input again (nor hold it in memory). Students
/// the importer would reject are placed too. Memory: one buffer of at most <see cref="MaxBufferBytes"/>.
/// </summary>
internal sealed class StudentClassLocator(Stream input) : IDisposable
{
    /// <summary>The largest buffer used: a single JSON token longer than this before the class ends the search (unknown).</summary>
    public const int MaxBufferBytes = 1 << 20;

    private const int FirstBufferBytes = 16 * 1024;

    private byte[] _buffer = new byte[FirstBufferBytes];

    /// <summary>Gets the bytes read from the input so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Opens the file for lookups.</summary>
    public static StudentClassLocator Open(string path) =>
        new(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.RandomAccess));

    /// <summary>Returns e.g. <c>2 年級 商二甲 班</c> for the student whose object starts at <paramref name="offset"/>, or <see langword="null"/>.</summary>
    public string? Find(long offset)
    {
        if (!input.CanSeek || offset < 0 || offset >= input.Length)
        {
            return null;
        }

        input.Position = offset;
        var state = new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        var start = 0;
        var end = 0;
        var eof = false;
        string? grade = null, className = null;
        var expect = 0; // 1: the next token is grade's value, 2: className's value
        try
        {
            while (true)
            {
                var reader = new Utf8JsonReader(_buffer.AsSpan(start, end - start), eof, state);
                while (reader.Read())
                {
                    if (reader.CurrentDepth == 0 && reader.TokenType != JsonTokenType.StartObject)
                    {
                        return null;
                    }

                    if (reader.CurrentDepth == 0 && reader.TokenType == JsonTokenType.EndObject)
                    {
                        return Label(grade, className);
                    }

                    if (reader.CurrentDepth != 1)
                    {
                        continue;
                    }

                    if (expect == 1 && reader.TokenType == JsonTokenType.Number)
                    {
                        grade = System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
                    }
                    else if (expect == 2 && reader.TokenType == JsonTokenType.String)
                    {
                        className = reader.GetString();
                    }

                    expect = reader.TokenType != JsonTokenType.PropertyName ? 0
                        : reader.ValueTextEquals("grade"u8) ? 1
                        : reader.ValueTextEquals("className"u8) ? 2
                        : 0;
                    if (grade is not null && className is not null)
                    {
                        return Label(grade, className);
                    }
                }

                if (eof)
                {
                    return null;
                }

                start += (int)reader.BytesConsumed;
                state = reader.CurrentState;
                if (!Refill(ref start, ref end, ref eof))
                {
                    return null;
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            return null; // not JSON from here (the summary reports why): the student's class is unknown
        }
    }

    public void Dispose() => input.Dispose();

    private static string? Label(string? grade, string? className) =>
        grade is null || className is null ? null : $"{grade} 年級 {className} 班";

    // Keeps the unread bytes, grows the buffer when one token fills it (up to MaxBufferBytes), reads more.
    private bool Refill(ref int start, ref int end, ref bool eof)
    {
        var kept = end - start;
        if (start == 0 && kept == _buffer.Length)
        {
            if (_buffer.Length >= MaxBufferBytes)
            {
                return false;
            }

            Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, MaxBufferBytes));
        }
        else
        {
            _buffer.AsSpan(start, kept).CopyTo(_buffer);
        }

        start = 0;
        end = kept;
        var n = input.Read(_buffer, end, _buffer.Length - end);
        BytesRead += n;
        end += n;
        eof = n == 0;
        return true;
    }
}
