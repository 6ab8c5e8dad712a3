using StudentPortfolio.Enrollment;
using NodaTime;
using StudentPortfolio.Identity;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Workflow;

/// <summary>
/// A receipt (收訖明細): what the central database (國教署) says it received of one content kind, per student,
/// with the confirmation period (開放確認期限) in which students answer it. Read it with <see cref="Read(ReadOnlySpan{byte}, ReceiptReadOptions?)"/>
/// and reconcile it with <see cref="ReceiptReconciler"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReceiptDocument
{
    private readonly ValueList<ReceiptStudent> _students;
    private readonly Dictionary<StudentKey, ReceiptStudent> _byStudent;

    /// <summary>Creates a receipt.</summary>
    /// <param name="kind">The content kind.</param>
    /// <param name="kindText">The receipt's own kind text (<c>kind</c>), e.g. <c>課程學習成果</c>.</param>
    /// <param name="students">The students.</param>
    /// <param name="name">The receipt name (名稱).</param>
    /// <param name="rosterInfo">The roster information (名冊資訊), as text or raw JSON.</param>
    /// <param name="uploadedBy">Who uploaded the roster (上傳人員).</param>
    /// <param name="confirmationOpens">When the confirmation period opens, if given.</param>
    /// <param name="confirmationDeadline">When the confirmation period closes (exclusive), if given.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="kindText"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A student is <see langword="null"/> or appears twice.</exception>
    public ReceiptDocument(
        SubmissionContentKind kind,
        string kindText,
        IEnumerable<ReceiptStudent>? students,
        string? name = null,
        string? rosterInfo = null,
        string? uploadedBy = null,
        Instant? confirmationOpens = null,
        Instant? confirmationDeadline = null)
    {
        _students = ValueList<ReceiptStudent>.From(students, nameof(students));
        _byStudent = [];
        foreach (var student in _students)
        {
            if (!_byStudent.TryAdd(student.Student, student))
            {
                throw new ArgumentException($"Student {student.Student} appears twice.", nameof(students));
            }
        }

        Kind = Guard.Defined(kind);
        KindText = Guard.NotNull(kindText);
        Name = name;
        RosterInfo = rosterInfo;
        UploadedBy = uploadedBy;
        ConfirmationOpens = confirmationOpens;
        ConfirmationDeadline = confirmationDeadline;
    }

    /// <summary>Gets the content kind.</summary>
    public SubmissionContentKind Kind { get; }

    /// <summary>Gets the receipt's own kind text.</summary>
    public string KindText { get; }

    /// <summary>Gets the receipt name (名稱).</summary>
    public string? Name { get; }

    /// <summary>Gets the roster information (名冊資訊).</summary>
    public string? RosterInfo { get; }

    /// <summary>Gets who uploaded the roster (上傳人員).</summary>
    public string? UploadedBy { get; }

    /// <summary>Gets when the confirmation period opens, if the receipt gives a start.</summary>
    public Instant? ConfirmationOpens { get; }

    /// <summary>Gets the end of the confirmation period (exclusive): a date-only deadline counts the whole day in Taipei time.</summary>
    public Instant? ConfirmationDeadline { get; }

    /// <summary>Gets the students in document order.</summary>
    public IReadOnlyList<ReceiptStudent> Students => _students;

    /// <summary>Reads a receipt from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <param name="options">How to find record identifiers and hashes; <see langword="null"/> means <see cref="ReceiptReadOptions.Default"/>.</param>
    /// <returns>The receipt.</returns>
    /// <exception cref="ReceiptFormatException">The JSON is malformed, lacks a field or holds an invalid value, or is longer than <see cref="MaxBytes"/> bytes.</exception>
#pragma warning disable RS0026 // Read(bytes) and Read(Stream) differ in their first parameter; no call is ambiguous.
    public static ReceiptDocument Read(ReadOnlySpan<byte> utf8Json, ReceiptReadOptions? options = null) =>
        ReceiptJsonReader.Read(utf8Json, options ?? ReceiptReadOptions.Default);

    /// <summary>Reads a receipt from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream, read to its end.</param>
    /// <param name="options">How to find record identifiers and hashes; <see langword="null"/> means the defaults.</param>
    /// <returns>The receipt.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ReceiptFormatException">The JSON is malformed, lacks a field or holds an invalid value, or the stream holds more than <see cref="MaxBytes"/> bytes (<c>SP-X503</c> naming the limit; the stream is read no further).</exception>
    public static ReceiptDocument Read(Stream utf8Json, ReceiptReadOptions? options = null)
#pragma warning restore RS0026
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Read(BoundedRead.ToEnd(utf8Json, MaxBytes, ReceiptJsonReader.TooLarge), options);
    }

    /// <summary>
    /// The largest receipt document read, in bytes (32 MiB; a receipt of 5,000 students with ten records each is about
    /// 20 MB). A larger file, stream or byte span is a <see cref="ReceiptFormatException"/> (<c>SP-X503</c>) naming this
    /// limit; a file or stream (a device or pipe too) is read no further than the limit.
    /// </summary>
    public const int MaxBytes = 32 << 20;

    /// <summary>Reads a receipt file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">How to find record identifiers and hashes.</param>
    /// <returns>The receipt.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ReceiptFormatException">The JSON is malformed, lacks a field or holds an invalid value, or the file holds more than <see cref="MaxBytes"/> bytes (<c>SP-X503</c> naming the limit).</exception>
    public static ReceiptDocument ReadFile(string path, ReceiptReadOptions? options = null) =>
        Read(BoundedRead.File(Guard.NotNull(path), MaxBytes, ReceiptJsonReader.TooLarge), options);

    /// <summary>Returns the part of <paramref name="student"/>, if the receipt lists the student.</summary>
    /// <param name="student">The student key.</param>
    /// <returns>The student's part, or <see langword="null"/>.</returns>
    public ReceiptStudent? Find(StudentKey student) => _byStudent.GetValueOrDefault(student);

    /// <summary>Returns whether students may answer at <paramref name="at"/>: after the opening (if given) and before the deadline (if given).</summary>
    /// <param name="at">The instant.</param>
    /// <returns><see langword="true"/> inside the confirmation period.</returns>
    public bool IsOpenForAnswers(Instant at) => (ConfirmationOpens is null || at >= ConfirmationOpens) && (ConfirmationDeadline is null || at < ConfirmationDeadline);

    /// <summary>Returns kind, student count and deadline.</summary>
    /// <returns>For example <c>Receipt 課程學習成果: 2 students, deadline 2026-02-10T16:00:00Z</c>.</returns>
    public override string ToString() => $"Receipt {KindText}: {_students.Count} students, deadline {ConfirmationDeadline?.ToString() ?? "-"}";
}
