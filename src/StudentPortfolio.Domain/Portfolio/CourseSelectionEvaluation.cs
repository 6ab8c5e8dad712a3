using StudentPortfolio.Internal;
using StudentPortfolio.Identity;
using StudentPortfolio.Calendar;

namespace StudentPortfolio.Portfolio;

/// <summary>
/// The course-selection evaluation (修課評估): 「學群(類群)探索與就業規劃」 entered by the guidance office (輔導室) from the
/// student's aptitudes, interests and plans (白河商工學生學習歷程檔案作業補充規定 四(一)三).
/// </summary>
/// <remarks>
/// Stays at school: the central-database format has no such column, and no export type of this library carries one.
/// Immutable and thread-safe.
/// </remarks>
public sealed record CourseSelectionEvaluation
{
    /// <summary>Creates an evaluation.</summary>
    /// <param name="id">The record identifier.</param>
    /// <param name="term">The term.</param>
    /// <param name="clusterExploration">The exploration of study clusters (學群/類群探索).</param>
    /// <param name="careerPlan">The employment and career plan (就業規劃).</param>
    /// <param name="recordedBy">The guidance office staff identifier.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="term"/> is the default value, or <paramref name="recordedBy"/> is empty.</exception>
    /// <exception cref="ArgumentNullException">A string argument is <see langword="null"/>.</exception>
    public CourseSelectionEvaluation(RecordId id, Term term, string clusterExploration, string careerPlan, string recordedBy)
    {
        Id = Guard.NotDefault(id);
        Term = Guard.NotDefault(term);
        ClusterExploration = Guard.NotNull(clusterExploration);
        CareerPlan = Guard.NotNull(careerPlan);
        RecordedBy = Guard.NotBlank(recordedBy);
    }

    /// <summary>Gets the record identifier.</summary>
    public RecordId Id { get; }

    /// <summary>Gets the term.</summary>
    public Term Term { get; }

    /// <summary>Gets the exploration of study clusters.</summary>
    public string ClusterExploration { get; }

    /// <summary>Gets the employment and career plan.</summary>
    public string CareerPlan { get; }

    /// <summary>Gets the guidance office staff identifier.</summary>
    public string RecordedBy { get; }
}
