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

    // Frames of large students (up to the per-student limit) are kept too, up to this many bytes: allocating a fresh
    // large-object-heap array per large student lets garbage pile up to hundreds of megabytes before a full collection.
    private const long MaxPooledLargeBytes = 64L << 20;
    private const int LargeGranularity = 1 << 20;

    private readonly ConcurrentQueue<byte[]> _free = new();
    private readonly ConcurrentQueue<byte[]> _large = new();
    private int _count;
    private long _largeBytes;

    public byte[] Rent(int length)
    {
        if (length > MaxPooledLength)
        {
            return RentLarge(length);
        }

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
            if (Interlocked.Add(ref _largeBytes, buffer.Length) <= MaxPooledLargeBytes)
            {
                _large.Enqueue(buffer);
            }
            else
            {
                Interlocked.Add(ref _largeBytes, -buffer.Length);
            }

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

    /// <summary>Drops the large buffers kept (at the end of a run: a long-lived validator does not hold them between runs).</summary>
    public void TrimLarge()
    {
        while (_large.TryDequeue(out var buffer))
        {
            Interlocked.Add(ref _largeBytes, -buffer.Length);
        }
    }

    private byte[] RentLarge(int length)
    {
        for (var tries = _large.Count; tries > 0 && _large.TryDequeue(out var buffer); tries--)
        {
            Interlocked.Add(ref _largeBytes, -buffer.Length);
            if (buffer.Length >= length)
            {
                return buffer;
            }
        }

        // Whole mebibytes, so a buffer serves the next student of about the same size.
        return new byte[(int)Math.Min(int.MaxValue, ((long)length + LargeGranularity - 1) / LargeGranularity * LargeGranularity)];
    }
}
