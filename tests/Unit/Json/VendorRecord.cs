using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.UnitTests.Json;

/// <summary>A vendor's own DTO holding every value type, as a consumer's source-generated context sees it.</summary>
public sealed record VendorRecord(
    NationalId Id,
    StudentKey Student,
    SchoolCode School,
    RecordId Record,
    Term Term,
    AcademicYear Year,
    CourseCode Course,
    ContentHash Hash,
    MediaType Type,
    MediaFile File,
    Dictionary<Term, int> CountsByTerm);
