namespace StudentPortfolio.Internal;

/// <summary>
/// Reads a whole document that is read into memory at once (policy, receipt, batch) with a size limit: at most
/// <c>limit + 1</c> bytes are read, so a device such as <c>/dev/zero</c>, an endless pipe or a huge file ends at the
/// limit with the reader's typed error instead of exhausting memory.
/// </summary>
internal static class BoundedRead
{
    /// <summary>Reads <paramref name="stream"/> to its end, or throws <paramref name="tooLarge"/>'s error past <paramref name="limit"/> bytes.</summary>
    public static byte[] ToEnd(Stream stream, int limit, Func<Exception> tooLarge)
    {
        // A seekable stream that says it is too large is refused before any byte is read.
        if (stream.CanSeek && stream.Length - stream.Position > limit)
        {
            throw tooLarge();
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, (long)limit + 1 - buffer.Length))) > 0)
        {
            if (buffer.Length + n > limit)
            {
                throw tooLarge();
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }

    /// <summary>Reads a file as <see cref="ToEnd"/> does (devices and pipes included).</summary>
    public static byte[] File(string path, int limit, Func<Exception> tooLarge)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        return ToEnd(file, limit, tooLarge);
    }
}
