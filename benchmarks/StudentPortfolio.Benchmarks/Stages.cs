using StudentPortfolio.Bulk;
using StudentPortfolio.Export;
using StudentPortfolio.Policies;
using StudentPortfolio.Validation;

namespace StudentPortfolio.Benchmarks;

/// <summary>The stages measured on their own, for <c>measure</c> and for the BenchmarkDotNet suite.</summary>
internal static class Stages
{
    /// <summary>The serial stage alone: the framer over the file, each student copied out and returned to the pool.</summary>
    /// <param name="path">The submission file.</param>
    /// <returns>The number of students framed.</returns>
    public static long Frame(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        var framer = new StudentFramer(stream, 1 << 20, 16 << 20);
        var students = 0L;
        while (framer.TryReadNext(out var frame))
        {
            students++;
            if (frame.Buffer is { } buffer)
            {
                framer.Frames.Return(buffer);
            }
        }

        return students;
    }

    /// <summary>The object path: the importer builds each student's objects and the portfolio validator checks them.</summary>
    /// <param name="path">The submission file.</param>
    /// <returns>Students read, students the importer rejected, issues found.</returns>
    public static (long Students, long Rejected, long Issues) ObjectPath(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        var reader = SubmissionReader.Open(stream, SubmissionReaderOptions.Lenient);
        var validator = new PortfolioValidator(PolicyPresets.National);
        long students = 0, rejected = 0, issues = 0;
        foreach (var result in reader.ReadStudents())
        {
            students++;
            if (result.Student is { } student)
            {
                issues += validator.Validate(student.ToPortfolio()).Issues.Count;
            }
            else
            {
                rejected++;
            }
        }

        return (students, rejected, issues);
    }
}
