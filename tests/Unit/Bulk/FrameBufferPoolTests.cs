using StudentPortfolio.Bulk;

namespace StudentPortfolio.UnitTests.Bulk;

/// <summary>Large student frames are reused up to a bound, so a file of large students does not pile up garbage.</summary>
public sealed class FrameBufferPoolTests
{
    [Fact]
    public void A_returned_large_frame_serves_the_next_large_student()
    {
        var pool = new FrameBufferPool(4);
        var first = pool.Rent((15 << 20) + 1);

        pool.Return(first);
        var second = pool.Rent((15 << 20) + 100);

        Assert.Same(first, second);
        Assert.Equal(16 << 20, first.Length); // whole mebibytes
    }

    [Fact]
    public void Large_frames_are_kept_only_up_to_the_pooled_byte_bound()
    {
        var pool = new FrameBufferPool(4);
        var frames = Enumerable.Range(0, 6).Select(_ => pool.Rent(16 << 20)).ToList();
        foreach (var frame in frames)
        {
            pool.Return(frame);
        }

        // 64 MiB pooled: four of the six 16 MiB frames come back, then fresh ones.
        var again = Enumerable.Range(0, 6).Select(_ => pool.Rent(16 << 20)).ToList();
        Assert.Equal(4, again.Count(a => frames.Any(f => ReferenceEquals(f, a))));
    }
}
