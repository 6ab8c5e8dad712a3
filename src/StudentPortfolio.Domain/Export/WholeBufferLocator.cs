using StudentPortfolio.Rules;

namespace StudentPortfolio.Export;

/// <summary>Positions in an input held whole in one buffer (the exchange package file).</summary>
internal sealed class WholeBufferLocator : IPositionLocator
{
    private readonly byte[] _buffer;
    private readonly int _length;

    public WholeBufferLocator(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    public SourcePosition Locate(int bufferIndex)
    {
        bufferIndex = Math.Clamp(bufferIndex, 0, _length);
        var before = _buffer.AsSpan(0, bufferIndex);
        var newlines = before.Count((byte)'\n');
        var lineStart = newlines > 0 ? before.LastIndexOf((byte)'\n') + 1 : 0;
        return new SourcePosition(newlines + 1, bufferIndex - lineStart + 1, bufferIndex);
    }

    /// <summary>Returns the buffer index of a zero-based byte position in a one-based line.</summary>
    public int OffsetOf(long line, long bytePositionInLine)
    {
        var lineStart = 0;
        for (var current = 1L; current < line; current++)
        {
            var next = _buffer.AsSpan(lineStart, _length - lineStart).IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            lineStart += next + 1;
        }

        return (int)Math.Min(lineStart + bytePositionInLine, _length);
    }
}
