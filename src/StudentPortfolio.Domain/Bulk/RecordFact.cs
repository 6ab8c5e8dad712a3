using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.Bulk;

/// <summary>
/// What the bulk evaluator learned about one record (cadre, course, outcome, performance, enrollment event) in its
/// single pass, for the policy rules: no strings, only lengths, counts, flags and positions.
/// </summary>
internal struct RecordFact
{
    public RecordKind Kind;
    public int Index;               // position in its array
    public int IdStart;             // range in StudentFacts' id arena; IdLength 0 = missing
    public int IdLength;
    public TermFact Term;
    public bool Selected;           // "selected": true (outcomes, performances)
    public int TitleLength;         // text elements; -1 when absent
    public int DescriptionLength;   // text elements; -1 when absent
    public int FileStart;           // range in StudentFacts.Files
    public int FileCount;
    public int Category;            // PerformanceCategory value for performances, 0 unknown/absent
    public bool HasCourseCode;
    public bool HasOrigin;
    public bool HasLink;
    public LocalDate? StartDate;    // details.startDate/resultDate/obtainedOn/date; enrollment date
    public LocalDate? EndDate;      // details.endDate
    public bool DescriptionBlank;   // description present and empty or white space only
    public int DetailsStart;        // range in StudentFacts.DetailMembers (members of details with a value)
    public int DetailsCount;
    public int CertificationStatus; // 0 absent, 1 + CertificationStatus value
    public int ContentHashStart;    // range in the id arena; length 0 = absent
    public int ContentHashLength;
    public int CertifiedHashStart;
    public int CertifiedHashLength;
}
