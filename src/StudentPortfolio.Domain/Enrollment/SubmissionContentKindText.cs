namespace StudentPortfolio.Enrollment;

/// <summary>How a <see cref="SubmissionContentKind"/> appears in messages and JSON paths.</summary>
internal static class SubmissionContentKindText
{
    /// <summary>Returns the name used as a message argument.</summary>
    public static string Name(SubmissionContentKind kind) => kind switch
    {
        SubmissionContentKind.BasicData => "basicData",
        SubmissionContentKind.CourseRecords => "courseRecord",
        SubmissionContentKind.CourseOutcomes => "courseOutcome",
        SubmissionContentKind.MultiPerformance => "multiPerformance",
        _ => "cadre",
    };

    /// <summary>Returns the JSON path of record <paramref name="index"/> of a kind under a student's path.</summary>
    public static string PathOf(string prefix, SubmissionContentKind kind, int index) => kind switch
    {
        SubmissionContentKind.CourseRecords => $"{prefix}.courses[{index}]",
        SubmissionContentKind.CourseOutcomes => $"{prefix}.outcomes[{index}]",
        SubmissionContentKind.MultiPerformance => $"{prefix}.performances[{index}]",
        SubmissionContentKind.Cadres => $"{prefix}.cadres[{index}]",
        _ => prefix,
    };
}
