using StudentPortfolio.Portfolio.Performance;

namespace StudentPortfolio.Policies;

/// <summary>
/// The field names of each multi-performance category (the camelCase parameter names of the details records, as
/// in the JSON export) and whether a details record has a value for one of them.
/// </summary>
internal static class PerformanceFields
{
    private static readonly string[][] ByCategory =
    [
        [],
        ["unit", "startDate", "endDate", "title", "level"],
        ["name", "event", "levelCode", "award", "resultDate", "isTeam"],
        ["certificateCode", "score", "subResults", "obtainedOn", "certificateNumber", "group"],
        ["name", "organisation", "startDate", "endDate", "hours"],
        ["typeCode", "name", "organiser", "offeredIn", "periodsPerWeek", "weeks"],
        ["typeCode", "organiser", "name", "heldIn", "periods"],
        ["typeCode", "organisation", "jobTitle", "startDate", "endDate", "hours"],
        ["name", "date"],
        ["programme", "organiser", "courseName", "startDate", "endDate", "credits", "totalHours"],
        ["name", "organiser", "startDate", "endDate", "hours"],
    ];

    private static readonly string[] CategoryNames =
    [
        string.Empty, "cadre", "competition", "certificate", "serviceLearning", "flexibleLearning", "groupActivity",
        "workplaceLearning", "works", "advancedCourse", "other",
    ];

    public static IReadOnlyList<string> Names(PerformanceCategory category) => ByCategory[(int)category];

    public static bool IsField(PerformanceCategory category, string? field) =>
        field is not null && Array.IndexOf(ByCategory[(int)category], field) >= 0;

    /// <summary>Returns the camelCase JSON name of a category, e.g. <c>serviceLearning</c>.</summary>
    public static string CategoryName(PerformanceCategory category) => CategoryNames[(int)category];

    public static bool TryParseCategory(string? name, out PerformanceCategory category)
    {
        var i = name is null ? -1 : Array.IndexOf(CategoryNames, name);
        category = i > 0 ? (PerformanceCategory)i : default;
        return i > 0;
    }

    /// <summary>Returns whether <paramref name="details"/> has a value for <paramref name="field"/> (text must not be blank).</summary>
    public static bool HasValue(PerformanceDetails details, string field) => details switch
    {
        CadreDetails d => field switch
        {
            "unit" => Has(d.Unit),
            "startDate" => d.StartDate is not null,
            "endDate" => d.EndDate is not null,
            "title" => Has(d.Title),
            "level" => d.Level is not null,
            _ => false,
        },
        CompetitionDetails d => field switch
        {
            "name" => Has(d.Name),
            "event" => Has(d.Event),
            "levelCode" => Has(d.LevelCode),
            "award" => Has(d.Award),
            "resultDate" => d.ResultDate is not null,
            "isTeam" => d.IsTeam is not null,
            _ => false,
        },
        CertificateDetails d => field switch
        {
            "certificateCode" => Has(d.CertificateCode),
            "score" => Has(d.Score),
            "subResults" => Has(d.SubResults),
            "obtainedOn" => d.ObtainedOn is not null,
            "certificateNumber" => Has(d.CertificateNumber),
            "group" => Has(d.Group),
            _ => false,
        },
        ServiceLearningDetails d => field switch
        {
            "name" => Has(d.Name),
            "organisation" => Has(d.Organisation),
            "startDate" => d.StartDate is not null,
            "endDate" => d.EndDate is not null,
            "hours" => d.Hours is not null,
            _ => false,
        },
        FlexibleLearningDetails d => field switch
        {
            "typeCode" => Has(d.TypeCode),
            "name" => Has(d.Name),
            "organiser" => Has(d.Organiser),
            "offeredIn" => d.OfferedIn is not null,
            "periodsPerWeek" => d.PeriodsPerWeek is not null,
            "weeks" => d.Weeks is not null,
            _ => false,
        },
        GroupActivityDetails d => field switch
        {
            "typeCode" => Has(d.TypeCode),
            "organiser" => Has(d.Organiser),
            "name" => Has(d.Name),
            "heldIn" => d.HeldIn is not null,
            "periods" => d.Periods is not null,
            _ => false,
        },
        WorkplaceLearningDetails d => field switch
        {
            "typeCode" => Has(d.TypeCode),
            "organisation" => Has(d.Organisation),
            "jobTitle" => Has(d.JobTitle),
            "startDate" => d.StartDate is not null,
            "endDate" => d.EndDate is not null,
            "hours" => d.Hours is not null,
            _ => false,
        },
        WorkDetails d => field switch
        {
            "name" => Has(d.Name),
            "date" => d.Date is not null,
            _ => false,
        },
        AdvancedCourseDetails d => field switch
        {
            "programme" => Has(d.Programme),
            "organiser" => Has(d.Organiser),
            "courseName" => Has(d.CourseName),
            "startDate" => d.StartDate is not null,
            "endDate" => d.EndDate is not null,
            "credits" => d.Credits is not null,
            "totalHours" => d.TotalHours is not null,
            _ => false,
        },
        OtherPerformanceDetails d => field switch
        {
            "name" => Has(d.Name),
            "organiser" => Has(d.Organiser),
            "startDate" => d.StartDate is not null,
            "endDate" => d.EndDate is not null,
            "hours" => d.Hours is not null,
            _ => false,
        },
        _ => false,
    };

    private static bool Has(string? text) => !string.IsNullOrWhiteSpace(text);
}
