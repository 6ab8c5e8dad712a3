using System.Text;
using StudentPortfolio.Bulk;
using StudentPortfolio.Export;

namespace StudentPortfolio.UnitTests.Bulk;

public sealed class StudentFramerTests
{
    private static List<StudentFrame> FrameAll(string json, int bufferSize = 64, int maxStudentBytes = 1 << 20) =>
        FrameAll(Encoding.UTF8.GetBytes(json), bufferSize, maxStudentBytes, out _);

    private static List<StudentFrame> FrameAll(byte[] bytes, int bufferSize, int maxStudentBytes, out StudentFramer framer)
    {
        framer = new StudentFramer(new MemoryStream(bytes), bufferSize, maxStudentBytes);
        var frames = new List<StudentFrame>();
        while (framer.TryReadNext(out var frame))
        {
            frames.Add(frame);
        }

        return frames;
    }

    private static string Text(StudentFrame frame) => Encoding.UTF8.GetString(frame.Span);

    [Fact]
    public void Each_student_becomes_one_frame_with_its_exact_bytes()
    {
        var students = new[] { BulkJson.Student(), BulkJson.Student(nationalId: "B123456780"), BulkJson.Student(name: "\"李四\"") };
        var frames = FrameAll(BulkJson.Document(students), bufferSize: 16);

        Assert.Equal(3, frames.Count);
        Assert.Equal(students, frames.Select(Text));
        Assert.Equal([0L, 1L, 2L], frames.Select(f => f.Index));
        Assert.All(frames, f => Assert.Equal(ElementProblem.None, f.Problem));
    }

    [Fact]
    public void Header_fields_are_read_before_the_students()
    {
        var bytes = Encoding.UTF8.GetBytes(BulkJson.Document(BulkJson.Student()));
        FrameAll(bytes, 32, 1 << 20, out var framer);

        Assert.Null(framer.Fatal);
        Assert.Empty(framer.DocumentIssues);
        Assert.True(framer.Completed);
        Assert.Equal("1.0", framer.Header.SchemaVersion);
        Assert.Equal("041305", framer.Header.School);
        Assert.Equal(114, framer.Header.AcademicYear);
        Assert.Equal(1, framer.Header.Semester);
        Assert.Equal(["basicData", "courseRecords", "courseOutcomes", "multiPerformance"], framer.Header.ContentKinds);
        Assert.Equal("2026-01-20T08:00:00Z", framer.Header.GeneratedAt);
    }

    [Fact]
    public void A_header_member_after_the_students_is_reported_as_the_reader_reports_it()
    {
        var json = BulkJson.Document(BulkJson.Student()).Replace(",\"generatedAt\":\"2026-01-20T08:00:00Z\"", string.Empty, StringComparison.Ordinal)[..^1]
            + ",\"generatedAt\":\"2026-01-20T08:00:00Z\"}";
        var frames = FrameAll(Encoding.UTF8.GetBytes(json), 32, 1 << 20, out var framer);

        Assert.Single(frames);
        // Missing before the students (SP-X013 at the array), then found after them (SP-X013 again).
        Assert.Equal(["SP-X013", "SP-X013"], framer.DocumentIssues.Select(i => i.Code));
        var reader = SubmissionReader.ReadDocument(new MemoryStream(Encoding.UTF8.GetBytes(json)), SubmissionReaderOptions.Lenient, TestContext.Current.CancellationToken);
        Assert.Contains(reader.Errors, e => e.Code == "SP-X013");
    }

    [Fact]
    public void Pretty_printed_documents_are_framed_with_line_numbers()
    {
        var json = "{\n  \"schemaVersion\": \"1.0\",\n  \"students\": [\n    {\"nationalId\": \"A123456789\"},\n    {\"nationalId\": \"B123456780\"}\n  ]\n}\n";
        var bytes = Encoding.UTF8.GetBytes(json);
        var frames = FrameAll(bytes, 16, 1 << 20, out var framer);

        Assert.True(framer.Completed);
        Assert.Equal([4L, 5L], frames.Select(f => f.Line));
        Assert.Equal(json.IndexOf("{\"nationalId\": \"B", StringComparison.Ordinal), frames[1].ByteOffset);
    }

    [Fact]
    public void Malformed_student_is_reported_and_framing_resumes_at_the_next_student()
    {
        var broken = BulkJson.Student().Replace("\"grade\":2", "\"grade\":[2}", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(BulkJson.Document(BulkJson.Student(), broken, BulkJson.Student(nationalId: "B123456780")));
        var frames = FrameAll(bytes, 16, 1 << 20, out var framer);

        Assert.Equal(3, frames.Count);
        Assert.Equal(ElementProblem.Malformed, frames[1].Problem);
        Assert.True(frames[1].ProblemOffset > frames[1].ByteOffset);
        Assert.Equal(ElementProblem.None, frames[2].Problem);
        Assert.Contains("B123456780", Text(frames[2]), StringComparison.Ordinal);
        Assert.Null(framer.Fatal);
        Assert.True(framer.Completed);
    }

    [Fact]
    public void File_ending_inside_a_student_yields_a_truncated_frame_and_a_fatal_error()
    {
        var json = BulkJson.Document(BulkJson.Student(), BulkJson.Student());
        var bytes = Encoding.UTF8.GetBytes(json);
        var cut = bytes[..(bytes.AsSpan().LastIndexOf("],"u8) - 10)];
        var frames = FrameAll(cut, 64, 1 << 20, out var framer);

        Assert.Equal(2, frames.Count);
        Assert.Equal(ElementProblem.None, frames[0].Problem);
        Assert.Equal(ElementProblem.Truncated, frames[1].Problem);
        Assert.Equal(FramingErrorKind.Truncated, framer.Fatal?.Kind);
        Assert.False(framer.Completed);
    }

    [Fact]
    public void File_ending_after_the_last_student_is_truncated_without_a_damaged_student()
    {
        var json = "{\"students\":[" + BulkJson.Student();
        var frames = FrameAll(Encoding.UTF8.GetBytes(json), 64, 1 << 20, out var framer);

        Assert.Single(frames);
        Assert.Equal(ElementProblem.None, frames[0].Problem);
        Assert.Equal(FramingErrorKind.Truncated, framer.Fatal?.Kind);
    }

    [Fact]
    public void Student_larger_than_the_maximum_is_skipped_and_the_next_is_framed()
    {
        var big = BulkJson.Student(outcomes: "[" + string.Join(',', Enumerable.Range(0, 10).Select(i => BulkJson.Outcome(id: "O" + i))) + "]");
        var small = BulkJson.Student();
        var bytes = Encoding.UTF8.GetBytes(BulkJson.Document(big, small));
        var frames = FrameAll(bytes, 64, maxStudentBytes: 3000, out var framer);

        Assert.Equal(2, frames.Count);
        Assert.Equal(ElementProblem.TooLarge, frames[0].Problem);
        Assert.Equal(Encoding.UTF8.GetByteCount(big), frames[0].Size);
        Assert.Equal(small, Text(frames[1]));
        Assert.True(framer.PeakBufferLength <= 64 + 3000 + 64);
    }

    [Fact]
    public void Buffer_never_exceeds_the_configured_size_plus_the_largest_student()
    {
        var students = Enumerable.Range(0, 20).Select(i => BulkJson.Student(name: "\"" + new string('名', i * 10) + "\"")).ToArray();
        var largest = students.Max(s => Encoding.UTF8.GetByteCount(s));
        FrameAll(Encoding.UTF8.GetBytes(BulkJson.Document(students)), 128, 1 << 20, out var framer);

        // The buffer doubles while a student does not fit: at most twice the configured size plus the largest student.
        Assert.True(framer.PeakBufferLength <= 2 * (128 + largest), $"peak {framer.PeakBufferLength}, largest student {largest}");
    }

    [Fact]
    public void Single_string_larger_than_the_maximum_stops_framing()
    {
        var huge = BulkJson.Student(name: "\"" + new string('名', 600) + "\"");
        var frames = FrameAll(Encoding.UTF8.GetBytes(BulkJson.Document(huge, BulkJson.Student())), 64, 1000, out var framer);

        Assert.Equal(ElementProblem.TooLarge, Assert.Single(frames).Problem);
        Assert.Equal(FramingErrorKind.Structure, framer.Fatal?.Kind);
        Assert.Equal("SP-X012", framer.DocumentIssues[^1].Code);
        Assert.True(framer.PeakBufferLength <= 64 + 1000 + 64);
    }

    [Fact]
    public void Student_larger_than_the_maximum_without_a_long_string_is_skipped_however_deep()
    {
        var deep = BulkJson.Student(name: "\"x\"").Replace("\"name\":\"x\"", "\"name\":\"x\",\"extra\":[" + string.Concat(Enumerable.Repeat("[1,2,3],", 800)) + "0]", StringComparison.Ordinal);
        var frames = FrameAll(Encoding.UTF8.GetBytes(BulkJson.Document(deep, BulkJson.Student())), 64, 3000, out var framer);

        Assert.Equal([ElementProblem.TooLarge, ElementProblem.None], frames.Select(f => f.Problem));
        Assert.Null(framer.Fatal);
        Assert.True(framer.PeakBufferLength <= 64 + 3000 + 64);
    }

    [Fact]
    public void Element_that_is_not_an_object_is_reported()
    {
        var frames = FrameAll(BulkJson.Document("42", BulkJson.Student()));

        Assert.Equal(ElementProblem.NotObject, frames[0].Problem);
        Assert.Equal(ElementProblem.None, frames[1].Problem);
    }

    [Theory]
    [InlineData("", "SP-X002")]
    [InlineData("[1,2]", "SP-X004")]
    [InlineData("{\"students\":{}}", "SP-X004")]
    [InlineData("{\"students\":[\"x\" \"y\"]}", "SP-X001")]
    public void Broken_document_structure_is_fatal(string json, string code)
    {
        var frames = FrameAll(Encoding.UTF8.GetBytes(json), 16, 1 << 20, out var framer);

        Assert.All(frames, f => Assert.NotEqual(ElementProblem.None, f.Problem));
        Assert.NotNull(framer.Fatal);
        Assert.Contains(framer.DocumentIssues, i => i.Code == code);
        Assert.False(framer.Completed);
    }

    [Theory]
    [InlineData("", "SP-X006")]
    [InlineData("\"students\":[],\"x\":1}garbage", "SP-X019")]
    public void Document_problems_outside_the_students_are_reported_with_the_reader_codes(string ending, string code)
    {
        var header = BulkJson.Document()[..BulkJson.Document().IndexOf("\"students\"", StringComparison.Ordinal)];
        var json = ending.Length == 0 ? header.TrimEnd(',') + "}" : header + ending;
        FrameAll(Encoding.UTF8.GetBytes(json), 16, 1 << 20, out var framer);

        Assert.Null(framer.Fatal);
        Assert.Contains(framer.DocumentIssues, i => i.Code == code);
        var reader = SubmissionReader.ReadDocument(new MemoryStream(Encoding.UTF8.GetBytes(json)), SubmissionReaderOptions.Lenient, TestContext.Current.CancellationToken);
        Assert.Contains(reader.Errors, e => e.Code == code);
    }

    [Fact]
    public void Empty_students_array_is_complete_with_no_frames()
    {
        var frames = FrameAll(Encoding.UTF8.GetBytes("{\"students\":[ ]}"), 16, 1 << 20, out var framer);

        Assert.Empty(frames);
        Assert.Null(framer.Fatal);
        Assert.True(framer.Completed);
    }
}
