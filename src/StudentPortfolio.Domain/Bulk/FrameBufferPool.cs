using System.Collections.Concurrent;
using System.Numerics;

namespace StudentPortfolio.Bulk;

/// <summary>
/// The buffers framed students travel in, from the reader thread to a worker and back. A bounded pool of its own
/// (not <see cref="System.Buffers.ArrayPool{T}.Shared"/>, whose per-core caches hold fewer arrays than a full
/// queue has in flight and would then allocate a new array for nearly every student).
/// </summary>
/// <remarks>Thread-safe. Keeps at most <c>capacity</c> buffers of at most 64 KiB each; larger students get a buffer of their own.</remarks>
internal sealed class FrameBufferPool(int capacity)
{
    private const int MinLength = 16 * 1024;
    private const int MaxPooledLength = 64 * 1024;

    private readonly ConcurrentQueue<byte[]> _free = new();
    private int _count;

    public byte[] Rent(int length)
    {
        while (_free.TryDequeue(out var buffer))
        {
            Interlocked.Decrement(ref _count);
            if (buffer.Length >= length)
            {
                return buffer;
            }
        }

        return length > MaxPooledLength
            ? new byte[length]
            : new byte[Math.Max(MinLength, (int)BitOperations.RoundUpToPowerOf2((uint)length))];
    }

    public void Return(byte[] buffer)
    {
        if (buffer.Length > MaxPooledLength)
        {
            return;
        }

        if (Interlocked.Increment(ref _count) <= capacity)
        {
            _free.Enqueue(buffer);
        }
        else
        {
            Interlocked.Decrement(ref _count);
        }
    }
}
