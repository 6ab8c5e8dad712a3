namespace StudentPortfolio.Bulk;

/// <summary>Framed students handed from the reader thread to one worker in a single channel operation.</summary>
internal sealed class FrameBatch(int capacity)
{
    private long _bytes;

    public StudentFrame[] Items { get; } = new StudentFrame[capacity];

    public int Count { get; set; }

    public void Add(in StudentFrame frame)
    {
        Items[Count++] = frame;
        _bytes += frame.Length;
    }

    public bool IsFull(long maxBytes) => Count == Items.Length || _bytes >= maxBytes;
}
