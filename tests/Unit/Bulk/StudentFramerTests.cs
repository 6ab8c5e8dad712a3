using System.Text;
using StudentPortfolio.Bulk;

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
        Assert.All(frames, f => Assert.Equal(FrameProblem.None, f.Problem));
    }

    [Fact]
    public void Header_fields_before_and_after_the_students_are_read()
    {
        var bytes = Encoding.UTF8.GetBytes(BulkJson.Document(BulkJson.Student()));
        FrameAll(bytes, 32, 1 << 20, out var framer);

        Assert.Null(framer.Fatal);
        Assert.True(framer.Completed);
        Assert.Equal("1.0", framer.Header.SchemaVersion);
        Assert.Equal("041305", framer.Header.School);
        Assert.Equal(114, framer.Header.AcademicYear);
        Assert.Equal(1, framer.Header.Semester);
        Assert.Equal(["basicData", "courseOutcomes"], framer.Header.ContentKinds);
        Assert.Equal("2026-01-20T08:00:00Z", framer.Header.GeneratedAt);
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
        var broken = BulkJson.Student().Replace("\"grade\":2", "\"grade\":2x", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(BulkJson.Document(BulkJson.Student(), broken, BulkJson.Student(nationalId: "B123456780")));
        var frames = FrameAll(bytes, 16, 1 << 20, out var framer);

        Assert.Equal(3, frames.Count);
        Assert.Equal(FrameProblem.Malformed, frames[1].Problem);
        Assert.True(frames[1].ProblemOffset > frames[1].ByteOffset);
        Assert.Equal(FrameProblem.None, frames[2].Problem);
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
        Assert.Equal(FrameProblem.None, frames[0].Problem);
        Assert.Equal(FrameProblem.Truncated, frames[1].Problem);
        Assert.Equal(FramingErrorKind.Truncated, framer.Fatal?.Kind);
        Assert.False(framer.Completed);
    }

    [Fact]
    public void File_ending_after_the_last_student_is_truncated_without_a_damaged_student()
    {
        var json = "{\"students\":[" + BulkJson.Student();
        var frames = FrameAll(Encoding.UTF8.GetBytes(json), 64, 1 << 20, out var framer);

        Assert.Single(frames);
        Assert.Equal(FrameProblem.None, frames[0].Problem);
        Assert.Equal(FramingErrorKind.Truncated, framer.Fatal?.Kind);
    }

    [Fact]
    public void Student_larger_than_the_maximum_is_skipped_and_the_next_is_framed()
    {
        var big = BulkJson.Student(outcomes: "[" + string.Join(',', Enumerable.Range(0, 10).Select(i => BulkJson.Outcome(id: "O" + i))) + "]");
        var small = BulkJson.Student();
        var bytes = Encoding.UTF8.GetBytes(BulkJson.Document(big, small));
        var frames = FrameAll(bytes, 64, maxStudentBytes: 1000, out var framer);

        Assert.Equal(2, frames.Count);
        Assert.Equal(FrameProblem.TooLarge, frames[0].Problem);
        Assert.Equal(Encoding.UTF8.GetByteCount(big), frames[0].Size);
        Assert.Equal(small, Text(frames[1]));
        Assert.True(framer.PeakBufferLength <= 64 + 1000 + 64);
    }

    [Fact]
    public void Buffer_never_exceeds_the_configured_size_plus_the_largest_student()
    {
        var students = Enumerable.Range(0, 20).Select(i => BulkJson.Student(name: "\"" + new string('名', i * 10) + "\"")).ToArray();
        var largest = students.Max(s => Encoding.UTF8.GetByteCount(s));
        FrameAll(Encoding.UTF8.GetBytes(BulkJson.Document(students)), 128, 1 << 20, out var framer);

        Assert.True(framer.PeakBufferLength <= 128 + largest, $"peak {framer.PeakBufferLength}, largest student {largest}");
    }

    [Fact]
    public void Single_value_larger_than_the_maximum_stops_framing()
    {
        var huge = BulkJson.Student(name: "\"" + new string('名', 600) + "\"");
        var frames = FrameAll(Encoding.UTF8.GetBytes(BulkJson.Document(huge, BulkJson.Student())), 64, 1000, out var framer);

        Assert.Equal(FrameProblem.TooLarge, Assert.Single(frames).Problem);
        Assert.Equal(FramingErrorKind.Structure, framer.Fatal?.Kind);
        Assert.True(framer.PeakBufferLength <= 64 + 1000 + 64);
    }

    [Fact]
    public void Element_that_is_not_an_object_is_reported()
    {
        var frames = FrameAll(BulkJson.Document("42", BulkJson.Student()));

        Assert.Equal(FrameProblem.NotObject, frames[0].Problem);
        Assert.Equal(FrameProblem.None, frames[1].Problem);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("[1,2]", "root is not a JSON object")]
    [InlineData("{\"school\":\"041305\"}", "no \"students\" array")]
    [InlineData("{\"students\":{}}", "\"students\" is not an array")]
    [InlineData("{\"students\":[],\"x\":1}garbage", "after the end")]
    [InlineData("{\"students\":[\"x\" \"y\"]}", "expected ',' or ']'")]
    public void Broken_document_structure_is_fatal(string json, string detail)
    {
        var frames = FrameAll(Encoding.UTF8.GetBytes(json), 16, 1 << 20, out var framer);

        Assert.All(frames, f => Assert.NotEqual(FrameProblem.None, f.Problem));
        Assert.Equal(FramingErrorKind.Structure, framer.Fatal?.Kind);
        Assert.Contains(detail, framer.Fatal!.Detail, StringComparison.Ordinal);
        Assert.False(framer.Completed);
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
