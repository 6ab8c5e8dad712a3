using StudentPortfolio.Calendar;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Validation;

/// <summary>Options of one <see cref="PortfolioValidator"/> run.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PortfolioValidationOptions
{
    private readonly string _pathPrefix = "$";
    private readonly ValueList<Term> _enrolledTerms = ValueList<Term>.Empty;
    private readonly int _maxIssuesPerStudent = DefaultMaxIssuesPerStudent;
    private readonly SchoolRuleSet _schoolRules = SchoolRuleSet.Empty;

    /// <summary>The default of <see cref="MaxIssuesPerStudent"/>.</summary>
    public const int DefaultMaxIssuesPerStudent = 1000;

    /// <summary>Gets the default options.</summary>
    public static PortfolioValidationOptions Default { get; } = new();

    /// <summary>Gets the prefix of every issue path, e.g. <c>$.students[3]</c> when the portfolio is one student of a document; default <c>$</c>.</summary>
    /// <exception cref="ArgumentException">The value does not start with <c>$</c>.</exception>
    public string PathPrefix
    {
        get => _pathPrefix;
        init => _pathPrefix = value is not null && value.StartsWith('$') ? value : throw new ArgumentException("The path prefix must start with '$'.", nameof(value));
    }

    /// <summary>
    /// Gets the academic year of the submission being validated, if any: selected records of another academic year are
    /// then reported (<c>SP-S003</c>). Leave <see langword="null"/> for a whole multi-year portfolio.
    /// </summary>
    public AcademicYear? SubmissionYear { get; init; }

    /// <summary>
    /// Gets the date the validation is for (today, from the caller's <c>IClock</c> in Asia/Taipei), if any: a leaver
    /// whose retention period has ended is then reported (<c>SP-D002</c>).
    /// </summary>
    public NodaTime.LocalDate? AsOf { get; init; }

    /// <summary>
    /// Gets the school submitting this portfolio, with <see cref="SubmissionTerm"/>. When both are set, the validator
    /// also reports records the school is not responsible for (SP-E002), terms with no submission due (SP-E003) and
    /// transfer records from after the submission term (SP-E005); see <see cref="EnrollmentValidator"/>.
    /// </summary>
    public Identity.SchoolCode? SubmittingSchool { get; init; }

    /// <summary>Gets the term the submission is for (the school's upload term), used with <see cref="SubmittingSchool"/>.</summary>
    public Term? SubmissionTerm { get; init; }

    /// <summary>
    /// Gets the terms in which the student was enrolled. Upload minimums are checked for these even when the student
    /// uploaded nothing; without them, minimums are checked only for terms with at least one upload.
    /// </summary>
    /// <exception cref="ArgumentException">A term is the default value.</exception>
    public IReadOnlyList<Term> EnrolledTerms
    {
        get => _enrolledTerms;
        init
        {
            var list = ValueList<Term>.From(value, nameof(value));
            foreach (var term in list.AsSpan())
            {
                Guard.NotDefault(term, nameof(value));
            }

            _enrolledTerms = list;
        }
    }

    /// <summary>
    /// Gets the most issues kept for one student (default <see cref="DefaultMaxIssuesPerStudent"/>). Issues past it are
    /// dropped but counted by rule code (<see cref="Rules.ValidationReport.DroppedIssueCountsByCode"/>), so error and
    /// warning counts stay exact while a hostile portfolio with hundreds of thousands of violations stays small in memory.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxIssuesPerStudent
    {
        get => _maxIssuesPerStudent;
        init => _maxIssuesPerStudent = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one issue per student must be kept.");
    }

    /// <summary>
    /// Gets the school's own rules (<see cref="ISchoolRule"/>) to run after the library's on every student, in both
    /// validation paths: <see cref="PortfolioValidator"/> and, through <see cref="Bulk.BulkValidationOptions.Validation"/>,
    /// a bulk validator built with a policy. They run in addition to the rules given to the validator's constructor.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// A rule is <see langword="null"/> or has no descriptor, a code starts with the library's <c>SP-</c> or is not a
    /// school rule code (see <see cref="Rules.RuleDescriptor.ForSchool"/>), or two different rules share a code.
    /// </exception>
    public IReadOnlyList<ISchoolRule> SchoolRules
    {
        get => _schoolRules;
        init => _schoolRules = SchoolRuleSet.From(value, nameof(value));
    }

    /// <summary>Gets the checked school rules.</summary>
    internal SchoolRuleSet SchoolRuleSet => _schoolRules;

    /// <summary>Returns these options with a validator's own school rules first.</summary>
    internal PortfolioValidationOptions WithValidatorRules(SchoolRuleSet rules) =>
        rules.Count == 0 ? this : this with { SchoolRules = SchoolRuleSet.Merge(rules, _schoolRules) };
}
