namespace StudentPortfolio.UnitTests.Export;

/// <summary>
/// A read-only stream of <c>prefix</c>, then <c>fillCount</c> copies of one byte produced lazily (never allocated),
/// then <c>suffix</c>: a 2 GB string without 2 GB of memory. Counts the bytes handed out.
/// </summary>
internal sealed class HugeValueStream(byte[] prefix, long fillCount, byte fill, byte[] suffix) : Stream
{
    private long _position;

    public long BytesRead => _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => prefix.Length + fillCount + suffix.Length;

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && _position < Length)
        {
            if (_position < prefix.Length)
            {
                buffer[written++] = prefix[_position++];
            }
            else if (_position < prefix.Length + fillCount)
            {
                var n = (int)Math.Min(buffer.Length - written, prefix.Length + fillCount - _position);
                buffer.Slice(written, n).Fill(fill);
                written += n;
                _position += n;
            }
            else
            {
                buffer[written++] = suffix[_position - prefix.Length - fillCount];
                _position++;
            }
        }

        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
