using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;

namespace StudentPortfolio.Validation;

/// <summary>
/// One record (cadre, course record, outcome or multi-performance item) as a school rule sees it: the same facts the
/// library's rules read, in both validation paths. Values the input lacks (or the bulk path could not read) are
/// <see langword="null"/>.
/// </summary>
/// <remarks>Immutable and thread-safe; <see cref="ToString"/> shows the kind, path and id only.</remarks>
public sealed class RecordView
{
    private RecordView(StudentRecordKind kind, int index, string path, IReadOnlyList<FileView> files)
    {
        Kind = kind;
        Index = index;
        Path = path;
        Files = files;
    }

    /// <summary>Gets the kind of record.</summary>
    public StudentRecordKind Kind { get; }

    /// <summary>Gets the record's position in its array (<c>outcomes[Index]</c>).</summary>
    public int Index { get; }

    /// <summary>Gets the JSON path of the record, e.g. <c>$.students[3].outcomes[1]</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the record identifier, or <see langword="null"/> when absent or invalid.</summary>
    public RecordId? Id { get; private init; }

    /// <summary>Gets the term of the record (the term in which the work happened).</summary>
    public Term? Term { get; private init; }

    /// <summary>Gets the course code of a course record or outcome; <see langword="null"/> for other kinds.</summary>
    public CourseCode? CourseCode { get; private init; }

    /// <summary>Gets the course-record kind of a course record or outcome (make-up, transfer…); <see cref="CourseRecordKind.Regular"/> for other kinds.</summary>
    public CourseRecordKind CourseKind { get; private init; }

    /// <summary>Gets the original school of a transferred or borrowed-study record, if any.</summary>
    public SchoolCode? OriginSchool { get; private init; }

    /// <summary>Gets the original term of a transferred or make-up record, if any.</summary>
    public Term? OriginTerm { get; private init; }

    /// <summary>Gets a value indicating whether the student selected the record (勾選) for the central database.</summary>
    public bool IsSelected { get; private init; }

    /// <summary>Gets the certification status of an outcome; <see langword="null"/> for other kinds or when absent.</summary>
    public CertificationStatus? CertificationStatus { get; private init; }

    /// <summary>Gets when an outcome's certification was decided, if it was.</summary>
    public Instant? CertificationDecidedAt { get; private init; }

    /// <summary>Gets a value indicating whether an outcome is certified and unchanged since (the same test as the library's selection rules).</summary>
    public bool IsCertified { get; private init; }

    /// <summary>Gets the category of a multi-performance item; <see langword="null"/> for other kinds or an unknown category.</summary>
    public PerformanceCategory? Category { get; private init; }

    /// <summary>
    /// Gets the first date of a multi-performance item's details: its start date, or the one date of a category with one
    /// (a competition's result date, a certificate's date obtained, a work's date).
    /// </summary>
    public LocalDate? StartDate { get; private init; }

    /// <summary>Gets a multi-performance item's end date, if its category has one and it is given.</summary>
    public LocalDate? EndDate { get; private init; }

    /// <summary>Gets a value indicating whether a multi-performance item has an external link.</summary>
    public bool HasLink { get; private init; }

    /// <summary>Gets the length of an outcome's title in characters, or <see langword="null"/> when absent.</summary>
    public int? TitleLength { get; private init; }

    /// <summary>Gets the length of the description in characters (outcomes and multi-performance items), or <see langword="null"/> when absent.</summary>
    public int? DescriptionLength { get; private init; }

    /// <summary>Gets the evidence files (outcomes and multi-performance items), in order.</summary>
    public IReadOnlyList<FileView> Files { get; }

    /// <summary>Returns the kind, the path and the record id.</summary>
    /// <returns>For example <c>Outcome $.outcomes[0] O1</c>.</returns>
    public override string ToString() => $"{Kind} {Path} {Id?.ToString() ?? "-"}";

    internal static RecordView From(StudentFacts facts, in RecordFact record)
    {
        var files = new FileView[record.FileCount];
        for (var j = 0; j < files.Length; j++)
        {
            var file = facts.Files[record.FileStart + j];
            var name = file.NameLength > 0 ? System.Text.Encoding.UTF8.GetString(facts.Stored(file.NameStart, file.NameLength)) : null;
            var type = RuleEvaluator.TryMediaType(facts, file, out var t) ? t : (MediaType?)null;
            files[j] = new FileView(file.Index, name, type, file.SizeBytes < 0 ? null : file.SizeBytes, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{facts.PathOf(file.OwnerKind, file.OwnerIndex)}.files[{file.Index}]"));
        }

        var kind = (StudentRecordKind)(int)record.Kind;
        var courseLike = kind is StudentRecordKind.Course or StudentRecordKind.Outcome;
        var outcome = kind == StudentRecordKind.Outcome;
        var performance = kind == StudentRecordKind.Performance;
        return new RecordView(kind, record.Index, facts.PathOf(record.Kind, record.Index), Array.AsReadOnly(files))
        {
            Id = facts.RecordIdOf(record),
            Term = record.Term.IsKnown ? record.Term.ToTerm() : null,
            CourseCode = courseLike && record.CourseCodeLength > 0
                && Portfolio.CourseCode.TryParse(facts.Stored(record.CourseCodeStart, record.CourseCodeLength), out var code) ? code : null,
            CourseKind = courseLike ? record.CourseKind : CourseRecordKind.Regular,
            OriginSchool = courseLike ? record.OriginSchool : null,
            OriginTerm = courseLike && record.OriginTerm.IsKnown ? record.OriginTerm.ToTerm() : null,
            IsSelected = (outcome || performance) && record.Selected,
            CertificationStatus = outcome && record.CertificationStatus > 0 ? (CertificationStatus)(record.CertificationStatus - 1) : null,
            CertificationDecidedAt = outcome ? record.DecidedAt : null,
            IsCertified = outcome && RuleEvaluator.IsCertifiedAndUnchanged(facts, record),
            Category = performance && Enum.IsDefined((PerformanceCategory)record.Category) ? (PerformanceCategory)record.Category : null,
            StartDate = performance ? record.StartDate : null,
            EndDate = performance ? record.EndDate : null,
            HasLink = performance && record.HasLink,
            TitleLength = outcome && record.TitleLength >= 0 ? record.TitleLength : null,
            DescriptionLength = (outcome || performance) && record.DescriptionLength >= 0 ? record.DescriptionLength : null,
        };
    }
}
