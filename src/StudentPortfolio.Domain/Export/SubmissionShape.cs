namespace StudentPortfolio.Export;

/// <summary>
/// Every object of the submission shape with its properties in written order. The reader matches names against
/// these tables; tests check them against the JSON Schema and the data dictionary.
/// </summary>
internal static class SubmissionShape
{
    public static readonly JsonShape Document = new("document", "schemaVersion", "school", "academicYear", "semester", "contentKinds", "generatedAt", "students");

    public static readonly JsonShape Student = new(
        "student", "nationalId", "birthDate", "name", "school", "studentNumber", "programme", "grade", "className", "seat",
        "cadres", "courses", "outcomes", "performances", "autobiography", "enrollment");

    /// <summary>The exchange package file: the package header, then the student's record arrays (see <see cref="ExchangePackageFile"/>).</summary>
    public static readonly JsonShape ExchangePackage = new(
        "exchangePackage", "schemaVersion", "nationalId", "birthDate", "sourceSchool", "exportedAt", "omittedOutcomes",
        "cadres", "courses", "outcomes", "performances", "enrollment");

    public static readonly JsonShape Cadre = new("cadre", "id", "term", "level", "unit", "title");

    public static readonly JsonShape Course = new("course", "id", "term", "courseCode", "subjectName", "credits", "score", "kind", "origin");

    public static readonly JsonShape Origin = new("origin", "school", "term", "courseCode", "subjectName", "credits");

    public static readonly JsonShape Outcome = new(
        "outcome", "id", "term", "courseCode", "kind", "origin", "title", "description", "files", "certification", "selected", "contentHash");

    public static readonly JsonShape File = new("file", "fileName", "mediaType", "sizeBytes", "sha256");

    public static readonly JsonShape Certification = new("certification", "status", "certifier", "onBehalfOf", "decidedAt", "rejectionReason", "certifiedHash");

    public static readonly JsonShape Performance = new("performance", "id", "term", "category", "details", "description", "files", "link", "selected");

    public static readonly JsonShape Autobiography = new("autobiography", "careerPlan", "selfExpectation", "strengths", "interests", "enteredAt");

    public static readonly JsonShape Enrollment = new("enrollmentEvent", "date", "kind", "school", "counterpartSchool", "programme");

    public static readonly JsonShape CadreDetails = new("cadreDetails", "unit", "startDate", "endDate", "title", "level");

    public static readonly JsonShape CompetitionDetails = new("competitionDetails", "name", "event", "levelCode", "award", "resultDate", "isTeam");

    public static readonly JsonShape CertificateDetails = new("certificateDetails", "certificateCode", "score", "subResults", "obtainedOn", "certificateNumber", "group");

    public static readonly JsonShape ServiceLearningDetails = new("serviceLearningDetails", "name", "organisation", "startDate", "endDate", "hours");

    public static readonly JsonShape FlexibleLearningDetails = new("flexibleLearningDetails", "typeCode", "name", "organiser", "offeredIn", "periodsPerWeek", "weeks");

    public static readonly JsonShape GroupActivityDetails = new("groupActivityDetails", "typeCode", "organiser", "name", "heldIn", "periods");

    public static readonly JsonShape WorkplaceLearningDetails = new("workplaceLearningDetails", "typeCode", "organisation", "jobTitle", "startDate", "endDate", "hours");

    public static readonly JsonShape WorkDetails = new("workDetails", "name", "date");

    public static readonly JsonShape AdvancedCourseDetails = new("advancedCourseDetails", "programme", "organiser", "courseName", "startDate", "endDate", "credits", "totalHours");

    public static readonly JsonShape OtherDetails = new("otherDetails", "name", "organiser", "startDate", "endDate", "hours");

    /// <summary>Gets the details shapes indexed like <see cref="JsonEnums.CategoryValues"/>.</summary>
    public static readonly JsonShape[] DetailsByCategory =
    [
        CadreDetails, CompetitionDetails, CertificateDetails, ServiceLearningDetails, FlexibleLearningDetails,
        GroupActivityDetails, WorkplaceLearningDetails, WorkDetails, AdvancedCourseDetails, OtherDetails,
    ];

    /// <summary>
    /// Gets the value kinds of the details properties, indexed like <see cref="DetailsByCategory"/>: S string,
    /// D date, N decimal, I integer, T term, B boolean, L cadre level. Every details value may be null.
    /// </summary>
    public static readonly string[] DetailsValueKinds = ["SDDSL", "SSSSDB", "SSSDSS", "SSDDN", "SSSTII", "SSSTI", "SSSDDN", "SD", "SSSDDNN", "SSDDN"];

    public static IEnumerable<JsonShape> All =>
    [
        Document, Student, Cadre, Course, Origin, Outcome, File, Certification, Performance, Autobiography, Enrollment,
        .. DetailsByCategory,
    ];
}
