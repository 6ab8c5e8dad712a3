using StudentPortfolio.Export;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StudentPortfolio.Bulk;

namespace StudentPortfolio.PropertyTests.Bulk;

public class BulkProperties
{
    private static readonly Gen<int> BufferSizes = Gen.OneOf(Gen.Choose(16, 40), Gen.Choose(41, 600), Gen.Constant(1 << 16));

    [Property(MaxTest = 200)]
    public Property Framing_yields_exactly_the_students_in_order_for_any_buffer_size() =>
        Prop.ForAll(BulkDocumentGenerators.Students.ToArbitrary(), BufferSizes.ToArbitrary(), (input, bufferSize) =>
        {
            var (students, separator) = input;
            var bytes = Encoding.UTF8.GetBytes(BulkDocumentGenerators.Document(students, separator));
            var framer = new StudentFramer(new MemoryStream(bytes), bufferSize, 1 << 20);
            var frames = new List<string>();
            var indices = new List<long>();
            while (framer.TryReadNext(out var frame))
            {
                frames.Add(frame.Problem == ElementProblem.None ? Encoding.UTF8.GetString(frame.Span) : "<" + frame.Problem + ">");
                indices.Add(frame.Index);
            }

            var largest = students.Length == 0 ? 0 : students.Max(s => Encoding.UTF8.GetByteCount(s));
            return (frames.SequenceEqual(students)
                    && indices.SequenceEqual(Enumerable.Range(0, students.Length).Select(i => (long)i))
                    && framer.Fatal is null
                    && framer.Completed
                    && framer.PeakBufferLength <= 2 * (bufferSize + largest))
                .Label($"buffer {bufferSize}, {students.Length} students, {frames.Count} frames, peak {framer.PeakBufferLength}, fatal {framer.Fatal}");
        });

    [Property(MaxTest = 60)]
    public Property One_and_two_threads_give_identical_results() =>
        Prop.ForAll(BulkDocumentGenerators.Students.ToArbitrary(), BufferSizes.ToArbitrary(), (input, bufferSize) =>
        {
            var json = Encoding.UTF8.GetBytes(BulkDocumentGenerators.Document(input.Students, input.Separator));
            var one = Run(json, bufferSize, 1);
            var two = Run(json, bufferSize, 2);
            return (one.Results.SequenceEqual(two.Results)
                    && one.Summary.StudentsRead == two.Summary.StudentsRead
                    && one.Summary.ErrorCount == two.Summary.ErrorCount
                    && one.Summary.StudentsWithErrors == two.Summary.StudentsWithErrors
                    && one.Summary.IssueCountsByCode.SequenceEqual(two.Summary.IssueCountsByCode)
                    && one.Summary.StudentsRead == input.Students.Length)
                .Label($"1 thread: {string.Join(" | ", one.Results)}\n2 threads: {string.Join(" | ", two.Results)}");
        });

    private static (List<string> Results, BulkValidationSummary Summary) Run(byte[] json, int bufferSize, int threads)
    {
        var results = new List<string>();
        var options = new BulkValidationOptions { BufferSize = bufferSize, MaxDegreeOfParallelism = threads, QueueCapacity = 3 };
        var summary = new BulkValidator().ValidateAsync(new MemoryStream(json), options, onStudent: (r, _) =>
        {
            results.Add(r.Index + ":" + string.Join(",", r.Issues.Select(i => i.Code + "@" + i.Path + "=" + string.Join("/", i.Arguments))));
            return ValueTask.CompletedTask;
        }).GetAwaiter().GetResult();
        return (results, summary);
    }
}
