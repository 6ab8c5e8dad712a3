using NodaTime;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.Validation;

/// <summary>
/// What the rules know of one record (cadre, course record, outcome, multi-performance item or enrollment event),
/// whichever path built it: the object path from a <see cref="LearningPortfolio"/>, the bulk path while walking the
/// bytes. Text values live as UTF-8 in the owning <see cref="StudentFacts"/>' arena.
/// </summary>
internal struct RecordFact
{
    public RecordKind Kind;
    public int Index;               // position in its array
    public int IdStart;             // range in StudentFacts' arena; IdLength 0 = missing
    public int IdLength;
    public TermFact Term;
    public CourseRecordKind CourseKind; // course records and outcomes (regular when absent)
    public TermFact OriginTerm;     // origin.term (transfer, make-up)
    public SchoolCode? OriginSchool; // origin.school (transfer, borrowed study)
    public bool Selected;           // "selected": true (outcomes, performances)
    public int TitleLength;         // characters; -1 when absent
    public int DescriptionLength;   // characters; -1 when absent
    public int FileStart;           // range in StudentFacts.Files
    public int FileCount;
    public int Category;            // PerformanceCategory value for performances, 0 unknown/absent
    public bool HasCourseCode;
    public int CourseCodeStart;     // courseCode bytes in the arena (course records and outcomes); length 0 = absent or invalid
    public int CourseCodeLength;
    public bool HasOrigin;
    public bool HasLink;
    public LocalDate? StartDate;    // details.startDate/resultDate/obtainedOn/date; enrollment date
    public LocalDate? EndDate;      // details.endDate
    public LocalDate? ItemDate;     // performances: details.endDate, else the one date (startDate/resultDate/obtainedOn/date)
    public bool DescriptionBlank;   // description present and empty or white space only
    public int DetailsStart;        // range in StudentFacts.DetailMembers (members of details with a value)
    public int DetailsCount;
    public int CertificationStatus; // 0 absent, 1 + CertificationStatus value
    public Instant? DecidedAt;      // certification.decidedAt
    public int ContentHashStart;    // range in the arena; length 0 = absent
    public int ContentHashLength;
    public int CertifiedHashStart;
    public int CertifiedHashLength;
}
