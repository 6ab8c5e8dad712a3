using System.Text;
using StudentPortfolio.Bulk;
using StudentPortfolio.Export;

namespace StudentPortfolio.UnitTests.Bulk;

/// <summary>The bulk validator and the submission reader frame documents with one framer and agree on what it finds.</summary>
public sealed class OneFramerTests
{
    private static readonly BulkValidationOptions OneThread = new() { MaxDegreeOfParallelism = 1, BufferSize = 256 };

    [Fact]
    public async Task A_byte_order_mark_is_accepted_by_both_paths()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(BulkJson.Document(BulkJson.Student()))).ToArray();

        var summary = await new BulkValidator().ValidateAsync(new MemoryStream(bytes), OneThread, cancellationToken: TestContext.Current.CancellationToken);
        var read = SubmissionReader.ReadDocument(new MemoryStream(bytes), SubmissionReaderOptions.Lenient, TestContext.Current.CancellationToken);

        Assert.True(summary.Completed);
        Assert.Null(summary.FatalIssue);
        Assert.Empty(summary.DocumentIssues);
        Assert.DoesNotContain(read.Errors, e => e.StudentIndex is null);
    }

    [Theory]
    [InlineData("\"school\":\"041305\"", "\"school\":\"41305\"", "SP-X008")]
    [InlineData("\"schemaVersion\":\"1.0\"", "\"schemaVersion\":\"9.9\"", "SP-X014")]
    [InlineData("\"semester\":1", "\"semester\":3", "SP-X008")]
    [InlineData("\"contentKinds\":[\"basicData\",\"courseRecords\",\"courseOutcomes\",\"multiPerformance\"]", "\"contentKinds\":[\"basicData\",\"basicData\"]", "SP-X011")]
    public async Task A_bad_header_value_is_an_error_in_both_paths(string find, string replace, string code)
    {
        var json = BulkJson.Document(BulkJson.Student()).Replace(find, replace, StringComparison.Ordinal);

        var summary = await new BulkValidator().ValidateAsync(BulkJson.Stream(json), OneThread, cancellationToken: TestContext.Current.CancellationToken);
        var read = SubmissionReader.ReadDocument(BulkJson.Stream(json), SubmissionReaderOptions.Lenient, TestContext.Current.CancellationToken);

        Assert.Contains(summary.DocumentIssues, i => i.Code == code);
        Assert.False(summary.IsValid);
        Assert.Contains(read.Errors, e => e.Code == code);
    }

    [Fact]
    public async Task A_contentKinds_array_larger_than_a_header_value_may_be_stops_with_a_typed_error()
    {
        var kinds = "\"contentKinds\":[" + string.Join(',', Enumerable.Repeat("\"basicData\"", 20_000)) + "]";
        var json = BulkJson.Document(BulkJson.Student()).Replace("\"contentKinds\":[\"basicData\",\"courseRecords\",\"courseOutcomes\",\"multiPerformance\"]", kinds, StringComparison.Ordinal);

        var summary = await new BulkValidator().ValidateAsync(BulkJson.Stream(json), OneThread, cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotNull(summary.FatalIssue);
        Assert.Contains(summary.DocumentIssues, i => i.Code == "SP-X012");
        Assert.Equal(0, summary.StudentsRead);
    }

    [Fact]
    public void Tiny_reads_frame_a_large_student_without_rescanning_it()
    {
        // A student of more than 1 MB read 7 bytes at a time: the framer keeps its state across reads, so every byte is looked at once.
        var outcomes = "[" + string.Join(',', Enumerable.Range(0, 6000).Select(i => BulkJson.Outcome(id: "O" + i))) + "]";
        var json = BulkJson.Document(BulkJson.Student(outcomes: outcomes), BulkJson.Student(nationalId: "B123456780"));
        using var stream = new TrickleStream(Encoding.UTF8.GetBytes(json), 7);

        var frames = new List<StudentFrame>();
        var framer = new StudentFramer(stream, 64, 16 << 20);
        while (framer.TryReadNext(out var frame))
        {
            frames.Add(frame);
        }

        Assert.Equal([ElementProblem.None, ElementProblem.None], frames.Select(f => f.Problem));
        Assert.True(framer.Completed);
        Assert.True(frames[0].Length > 1_000_000, $"{frames[0].Length} bytes");
    }

    [Fact]
    public async Task Cancellation_reaches_a_read_that_never_returns()
    {
        using var cts = new CancellationTokenSource();
        var run = new BulkValidator().ValidateAsync(new StalledStream(Encoding.UTF8.GetBytes("{\"students\":[")), OneThread, cancellationToken: cts.Token);
        await Task.Delay(100, TestContext.Current.CancellationToken);

        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(64)]
    [InlineData(1 << 16)]
    public void Brackets_and_quotes_inside_strings_do_not_end_a_student(int bufferSize)
    {
        // Long enough for the 64-byte structural blocks; brackets, escaped quotes and backslashes inside strings.
        var names = new[]
        {
            "\"" + new string('名', 40) + "}]}]{[\"",
            "\"" + string.Concat(Enumerable.Repeat("a\\\"b}{", 20)) + "\"",
            "\"" + string.Concat(Enumerable.Repeat("\\\\", 40)) + "\"",
            "\"" + new string('x', 63) + "\\\"" + new string(']', 70) + "\"",
        };
        var students = names.Select(n => BulkJson.Student(name: n)).ToArray();
        var frames = new List<StudentFrame>();
        var framer = new StudentFramer(new MemoryStream(Encoding.UTF8.GetBytes(BulkJson.Document(students))), bufferSize, 1 << 20);
        while (framer.TryReadNext(out var frame))
        {
            frames.Add(frame);
        }

        Assert.Equal(students, frames.Select(f => Encoding.UTF8.GetString(f.Span)));
        Assert.True(framer.Completed);
        Assert.Empty(framer.DocumentIssues);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(1 << 16)]
    public void A_raw_control_character_in_a_string_is_malformed_and_framing_resumes(int bufferSize)
    {
        var broken = BulkJson.Student(name: "\"" + new string('名', 40) + "\n" + new string('x', 80) + "\"");
        var json = BulkJson.Document(BulkJson.Student(), broken, BulkJson.Student(nationalId: "B123456780"));
        var frames = new List<StudentFrame>();
        var framer = new StudentFramer(new MemoryStream(Encoding.UTF8.GetBytes(json)), bufferSize, 1 << 20);
        while (framer.TryReadNext(out var frame))
        {
            frames.Add(frame);
        }

        Assert.Equal([ElementProblem.None, ElementProblem.Malformed, ElementProblem.None], frames.Select(f => f.Problem));
        Assert.Contains("B123456780", Encoding.UTF8.GetString(frames[2].Span), StringComparison.Ordinal);
        var read = SubmissionReader.ReadDocument(new MemoryStream(Encoding.UTF8.GetBytes(json)), SubmissionReaderOptions.Lenient, TestContext.Current.CancellationToken);
        Assert.Contains(read.Errors, e => e.Code == "SP-X001" && e.StudentIndex == 1);
    }

    [Fact]
    public async Task Every_copy_of_a_repeated_record_id_is_reported()
    {
        // 5,000 distinct ids, then 5,000 copies of the last: each copy is compared with the record holding its hash,
        // not with every earlier record.
        const int Distinct = 5_000;
        var ids = Enumerable.Range(0, Distinct).Select(i => "O" + i).Concat(Enumerable.Repeat("O" + (Distinct - 1), Distinct));
        var student = BulkJson.Student(outcomes: "[" + string.Join(',', ids.Select(id => BulkJson.Outcome(id: id))) + "]");

        var summary = await new BulkValidator().ValidateAsync(BulkJson.Stream(BulkJson.Document(student)), OneThread, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(Distinct, summary.IssueCountsByCode["SP-X011"]);
    }

    private sealed class TrickleStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);
    }

    // Returns its bytes, then blocks every further read until the caller cancels it.
    private sealed class StalledStream(byte[] data) : MemoryStream(data)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (Position < Length)
            {
                return await base.ReadAsync(buffer, cancellationToken);
            }

            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }
    }
}
