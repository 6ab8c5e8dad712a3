using System.Text.Json;

namespace StudentPortfolio.Benchmarks;

/// <summary>
/// The physical-limit baseline: one <see cref="Utf8JsonReader"/> over a 1 MiB sliding buffer with the
/// <see cref="JsonReaderState"/> carried across refills, counting tokens. Checks JSON syntax, nothing else.
/// </summary>
public static class TokenScan
{
    /// <summary>Scans a file and returns the number of tokens.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The token count.</returns>
    public static long CountTokens(string path)
    {
        using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        return CountTokens(fs);
    }

    /// <summary>Scans a stream and returns the number of tokens.</summary>
    /// <param name="stream">The stream.</param>
    /// <returns>The token count.</returns>
    public static long CountTokens(Stream stream)
    {
        var buffer = new byte[1 << 20];
        var state = default(JsonReaderState);
        long tokens = 0;
        var kept = 0;
        var final = false;
        while (!final)
        {
            var n = stream.Read(buffer, kept, buffer.Length - kept);
            final = n == 0;
            var length = kept + n;
            var reader = new Utf8JsonReader(buffer.AsSpan(0, length), final, state);
            while (reader.Read())
            {
                tokens++;
            }

            state = reader.CurrentState;
            var consumed = (int)reader.BytesConsumed;
            kept = length - consumed;
            if (kept == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            buffer.AsSpan(consumed, kept).CopyTo(buffer);
        }

        return tokens;
    }
}
