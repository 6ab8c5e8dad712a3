using StudentPortfolio.UnitTests.Export;
using StudentPortfolio.Workflow;

namespace StudentPortfolio.UnitTests.Hardening;

/// <summary>
/// The receipt and batch readers read a whole document into memory, so they stop at a size limit
/// (<see cref="ReceiptDocument.MaxBytes"/>, <see cref="SubmissionBatch.MaxBytes"/>) with a typed error naming it,
/// reading no further than the limit from a stream, a pipe or a device.
/// </summary>
public sealed class WorkflowSizeLimitTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sp-size-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_receipt_file_at_the_limit_is_read_and_one_byte_over_is_refused_naming_the_limit()
    {
        var over = AtAndOverTheLimit("receipt-114-1.json", ReceiptDocument.MaxBytes, "ReceiptDocument.MaxBytes", path => ReceiptDocument.ReadFile(path).Students.Count, bytes => ReceiptDocument.Read(bytes).Students.Count);

        using var stream = File.OpenRead(over);
        AssertTooLarge(() => ReceiptDocument.Read(stream), "ReceiptDocument.MaxBytes");
        Assert.Equal(0, stream.Position); // a seekable stream that says it is too large is not read
    }

    [Fact]
    public void A_batch_file_at_the_limit_is_read_and_one_byte_over_is_refused_naming_the_limit() =>
        AtAndOverTheLimit("batch-114-1.json", SubmissionBatch.MaxBytes, "SubmissionBatch.MaxBytes", path => SubmissionBatch.ReadFile(path).Entries.Count, bytes => SubmissionBatch.Read(bytes).Entries.Count);

    [Fact]
    public void An_endless_receipt_stream_is_read_no_further_than_the_limit()
    {
        var endless = new HugeValueStream("{\"名稱\":\""u8.ToArray(), long.MaxValue / 2, (byte)'x', []);

        AssertTooLarge(() => ReceiptDocument.Read(endless), "ReceiptDocument.MaxBytes");

        Assert.Equal(ReceiptDocument.MaxBytes + 1L, endless.BytesRead);
    }

    [Fact]
    public void A_device_that_never_ends_is_refused_as_a_receipt_and_as_a_batch()
    {
        Assert.SkipUnless(File.Exists("/dev/zero"), "needs /dev/zero");

        AssertTooLarge(() => ReceiptDocument.ReadFile("/dev/zero"), "ReceiptDocument.MaxBytes");
        AssertTooLarge(() => SubmissionBatch.ReadFile("/dev/zero"), "SubmissionBatch.MaxBytes");
    }

    private static void AssertTooLarge(Func<object> read, string limit)
    {
        var e = Assert.Throws<ReceiptFormatException>(read);
        Assert.Equal("SP-X503", e.Code);
        Assert.Equal("$", e.Path);
        Assert.Contains(limit, e.Message, StringComparison.Ordinal);
        Assert.Contains("33,554,432 bytes", e.Message, StringComparison.Ordinal);
    }

    // The sample padded to exactly the limit is read (file and bytes) as the sample is; one byte more is refused.
    private string AtAndOverTheLimit(string sample, int limit, string limitName, Func<string, int> readFile, Func<byte[], int> readBytes)
    {
        var bytes = Sample(sample);
        var expected = readBytes(bytes);

        var at = Padded(bytes, limit, "at.json");
        var over = Padded(bytes, limit + 1, "over.json");

        Assert.Equal(expected, readFile(at));
        AssertTooLarge(() => readFile(over), limitName);
        AssertTooLarge(() => readBytes(File.ReadAllBytes(over)), limitName);
        return over;
    }

    private static byte[] Sample(string name) => File.ReadAllBytes(Path.Combine(RepositoryRoot.Find(), "samples", "data", name));

    // The sample followed by spaces (JSON whitespace) up to exactly length bytes.
    private string Padded(byte[] sample, int length, string name)
    {
        var path = Path.Combine(_dir, name);
        using var file = File.Create(path);
        file.Write(sample);
        var spaces = new byte[1 << 20];
        Array.Fill(spaces, (byte)' ');
        for (var left = length - sample.Length; left > 0; left -= spaces.Length)
        {
            file.Write(spaces, 0, Math.Min(left, spaces.Length));
        }

        Assert.Equal(length, file.Length);
        return path;
    }
}
