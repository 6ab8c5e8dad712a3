using System.Text;
using StudentPortfolio.Bulk;
using StudentPortfolio.Export;
using StudentPortfolio.Policies;
using StudentPortfolio.Validation;

namespace StudentPortfolio.UnitTests.Bulk;

/// <summary>
/// What one student may cost in memory follows the options, not the file: a student holding more JSON objects than
/// <see cref="BulkValidationOptions.MaxObjectsPerStudent"/> is refused before it is expanded into facts (both paths,
/// <c>SP-X020</c>), and a worker does not keep the facts of an unusually large student once smaller ones follow.
/// </summary>
public sealed class MemoryBoundTests
{
    private static readonly int[] BufferSizes = [16, 256, 1 << 20];

    // BulkJson's student holds no brace inside a string: its objects are its opening braces.
    private static readonly string Student = BulkJson.Student();
    private static readonly int Objects = Student.Count(c => c == '{');

    [Fact]
    public async Task A_student_at_the_object_limit_is_validated_and_one_object_more_is_SP_X020_in_the_bulk_path()
    {
        var json = BulkJson.Document(Student, BulkJson.Student(nationalId: "B123456780"));
        foreach (var bufferSize in BufferSizes)
        {
            var at = await Validate(json, new BulkValidationOptions { MaxDegreeOfParallelism = 1, BufferSize = bufferSize, MaxObjectsPerStudent = Objects });
            var over = await Validate(json, new BulkValidationOptions { MaxDegreeOfParallelism = 2, BufferSize = bufferSize, MaxObjectsPerStudent = Objects - 1 });

            Assert.All(at.Results, r => Assert.DoesNotContain(r.Issues, i => i.Code == "SP-X020"));
            Assert.Equal(2, over.Results.Count);
            Assert.All(over.Results, r => Assert.Equal("SP-X020", Assert.Single(r.Issues).Code));
            Assert.Contains((Objects - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), over.Results[0].Issues[0].Message, StringComparison.Ordinal);
            Assert.Equal("$.students[1]", over.Results[1].Issues[0].Path);
            Assert.Equal(2, over.Summary.ErrorCount);
            Assert.True(over.Summary.Completed);
        }
    }

    [Fact]
    public void The_reader_refuses_a_student_over_the_object_limit_with_the_same_rule()
    {
        var json = BulkJson.Document(Student);
        var at = SubmissionReader.ReadDocument(BulkJson.Stream(json), SubmissionReaderOptions.Lenient with { MaxObjectsPerStudent = Objects }, TestContext.Current.CancellationToken);
        var over = SubmissionReader.ReadDocument(BulkJson.Stream(json), SubmissionReaderOptions.Lenient with { MaxObjectsPerStudent = Objects - 1 }, TestContext.Current.CancellationToken);

        Assert.DoesNotContain(at.Errors, e => e.Code == "SP-X020");
        var error = Assert.Single(over.Errors);
        Assert.Equal(("SP-X020", 0), (error.Code, error.StudentIndex));
        Assert.Throws<SubmissionFormatException>(() => SubmissionReader.ReadDocument(BulkJson.Stream(json), new SubmissionReaderOptions { MaxObjectsPerStudent = Objects - 1 }, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Many_empty_records_are_refused_at_the_object_limit_without_building_their_facts()
    {
        // 200,000 records of two bytes each: past the default limit of 100,000 objects.
        var outcomes = "[" + string.Join(',', Enumerable.Repeat("{}", 200_000)) + "]";
        var json = BulkJson.Document(BulkJson.Student(outcomes: outcomes));

        var run = await Validate(json, new BulkValidationOptions { MaxDegreeOfParallelism = 1 });

        var issue = Assert.Single(Assert.Single(run.Results).Issues);
        Assert.Equal("SP-X020", issue.Code);
        Assert.Contains("100000", issue.Message, StringComparison.Ordinal);
        Assert.Equal(SubmissionReaderOptions.DefaultMaxObjectsPerStudent, BulkValidationOptions.Default.MaxObjectsPerStudent);
    }

    [Fact]
    public async Task A_student_over_the_byte_limit_states_the_limit()
    {
        var json = BulkJson.Document(Student);

        var run = await Validate(json, new BulkValidationOptions { MaxDegreeOfParallelism = 1, MaxStudentBytes = 100 });

        var issue = Assert.Single(Assert.Single(run.Results).Issues);
        Assert.Equal("SP-B004", issue.Code);
        Assert.Contains("maximum of 100 ", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_worker_gives_back_the_facts_of_a_large_student_once_a_small_one_follows()
    {
        var validator = new StudentSliceValidator(new RuleEvaluator(PolicyPresets.National, null), PortfolioValidationOptions.Default);
        var large = Frame(0, BulkJson.Student(outcomes: "[" + string.Join(',', Enumerable.Range(0, 20_000).Select(i => BulkJson.Outcome(id: "O" + i, selected: false))) + "]"));
        var small = Frame(1, Student);

        validator.Validate(large);
        var largeCapacity = validator.Facts.Outcomes.Capacity;
        validator.Validate(small); // the lists are kept for one more student (consecutive large students reuse them)
        validator.Validate(small);

        Assert.True(largeCapacity >= 20_000, $"{largeCapacity}");
        Assert.True(validator.Facts.Outcomes.Capacity <= 4096, $"{validator.Facts.Outcomes.Capacity}");
        Assert.True(validator.Facts.Files.Capacity <= 4096, $"{validator.Facts.Files.Capacity}");
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    public void Object_and_in_flight_limits_below_one_are_refused(int objects, long bytes)
    {
        var options = new BulkValidationOptions { MaxObjectsPerStudent = objects, MaxBytesInFlight = bytes };

        // The options are checked before the run starts (the call throws; no task is returned).
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = new BulkValidator().ValidateAsync(new MemoryStream(), options, cancellationToken: TestContext.Current.CancellationToken); });
        Assert.Throws<ArgumentOutOfRangeException>(() => new SubmissionReaderOptions { MaxObjectsPerStudent = 0 });
    }

    private static StudentFrame Frame(long index, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        return new StudentFrame(index, 0, 1, bytes, bytes.Length, ElementProblem.None, null, 0, 1, bytes.Length);
    }

    private static async Task<(BulkValidationSummary Summary, List<StudentValidationResult> Results)> Validate(string json, BulkValidationOptions options)
    {
        var results = new List<StudentValidationResult>();
        var summary = await new BulkValidator(PolicyPresets.National).ValidateAsync(
            BulkJson.Stream(json),
            options,
            onStudent: (r, _) =>
            {
                results.Add(r);
                return ValueTask.CompletedTask;
            },
            cancellationToken: TestContext.Current.CancellationToken);
        return (summary, results);
    }
}
