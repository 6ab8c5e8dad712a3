using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.Validation;

/// <summary>
/// What a school rule (<see cref="ISchoolRule"/>) sees of one student: the key, school, grade, enrollment history and
/// records, built from the same facts the library's rules read, so <see cref="PortfolioValidator"/> and the bulk
/// validator show a rule the same student.
/// </summary>
/// <remarks>
/// Read-only, immutable and thread-safe. The national ID appears only inside <see cref="Student"/>, whose
/// <see cref="StudentKey.ToString"/> is masked; never put <see cref="NationalId.ToUnmaskedString"/> into an issue.
/// In the bulk path a student with damaged input (issues <c>SP-X…</c>) shows only the values that could be read.
/// </remarks>
public sealed class StudentView
{
    private readonly IReadOnlyList<RecordView>[] _byKind;

    internal StudentView(StudentFacts facts)
    {
        Student = facts.Key;
        School = facts.School;
        Grade = facts.Grade;
        History = facts.History;
        Path = facts.Prefix;
        List<RecordFact>[] lists = [facts.Cadres, facts.Courses, facts.Outcomes, facts.Performances];
        _byKind = new IReadOnlyList<RecordView>[lists.Length];
        var all = new List<RecordView>(lists.Sum(l => l.Count));
        for (var k = 0; k < lists.Length; k++)
        {
            var views = new RecordView[lists[k].Count];
            for (var i = 0; i < views.Length; i++)
            {
                views[i] = RecordView.From(facts, lists[k][i]);
            }

            _byKind[k] = Array.AsReadOnly(views);
            all.AddRange(views);
        }

        Records = all.AsReadOnly();
    }

    /// <summary>Gets the student's key (national ID and birth date), or <see langword="null"/> when the input lacks either; it prints masked.</summary>
    public StudentKey? Student { get; }

    /// <summary>Gets the student's school (basic data <c>school</c>), when known.</summary>
    public SchoolCode? School { get; }

    /// <summary>Gets the student's grade (年級), when known.</summary>
    public int? Grade { get; }

    /// <summary>Gets the enrollment history (學籍異動); empty when the student has no events.</summary>
    public EnrollmentHistory History { get; }

    /// <summary>Gets the JSON path of the student, e.g. <c>$.students[3]</c> in a document, <c>$</c> for a single portfolio.</summary>
    public string Path { get; }

    /// <summary>Gets every record: cadres, course records, outcomes and multi-performance items, each in document order.</summary>
    public IReadOnlyList<RecordView> Records { get; }

    /// <summary>Gets the cadre records (幹部經歷).</summary>
    public IReadOnlyList<RecordView> Cadres => Of(StudentRecordKind.Cadre);

    /// <summary>Gets the course records (修課紀錄).</summary>
    public IReadOnlyList<RecordView> Courses => Of(StudentRecordKind.Course);

    /// <summary>Gets the course learning outcomes (課程學習成果).</summary>
    public IReadOnlyList<RecordView> Outcomes => Of(StudentRecordKind.Outcome);

    /// <summary>Gets the multi-performance items (多元表現).</summary>
    public IReadOnlyList<RecordView> Performances => Of(StudentRecordKind.Performance);

    /// <summary>Returns the masked student key, the school and the number of records.</summary>
    /// <returns>For example <c>StudentView(A12****789/2008-05-01, 041305, 12 records)</c>.</returns>
    public override string ToString() => $"StudentView({Student?.ToString() ?? "-"}, {School?.ToString() ?? "-"}, {Records.Count} records)";

    private IReadOnlyList<RecordView> Of(StudentRecordKind kind) => _byKind[(int)kind];
}
