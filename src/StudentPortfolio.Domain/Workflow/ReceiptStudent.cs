using StudentPortfolio.Identity;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Workflow;

/// <summary>One student's part of a receipt: the key (身分證號 + 出生日期) and the rows of every sheet.</summary>
/// <remarks><see cref="ToString"/> masks the student. Immutable and thread-safe.</remarks>
public sealed class ReceiptStudent
{
    private readonly ValueList<ReceiptRecord> _records;

    /// <summary>Creates a receipt student.</summary>
    /// <param name="student">The student key.</param>
    /// <param name="records">The rows.</param>
    /// <param name="path">The JSON path of the student object.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A row is <see langword="null"/>.</exception>
    public ReceiptStudent(StudentKey student, IEnumerable<ReceiptRecord>? records, string path)
    {
        Student = student;
        _records = ValueList<ReceiptRecord>.From(records, nameof(records));
        Path = Guard.NotNull(path);
    }

    /// <summary>Gets the student key; prints masked.</summary>
    public StudentKey Student { get; }

    /// <summary>Gets the rows of all sheets, in document order.</summary>
    public IReadOnlyList<ReceiptRecord> Records => _records;

    /// <summary>Gets the JSON path of the student object.</summary>
    public string Path { get; }

    /// <summary>Returns the masked key and row count.</summary>
    /// <returns>For example <c>A12****789/2008-05-01: 2 rows</c>.</returns>
    public override string ToString() => $"{Student}: {_records.Count} rows";
}
