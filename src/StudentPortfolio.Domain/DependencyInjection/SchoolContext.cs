using NodaTime;
using StudentPortfolio.Bulk;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Validation;
using StudentPortfolio.Workflow;

namespace StudentPortfolio.DependencyInjection;

/// <summary>
/// Everything one school needs in a multi-school host: its policy versions and the one in force on a date, its
/// submission calendar, permission matrix and proxy lists, the staff availability as it is now, its teaching
/// assignments, and validators and a workflow built for it. Get one from <see cref="ISchoolContextProvider"/>.
/// </summary>
/// <remarks>
/// Validators are built once per policy version and cached, with the school's calendar and own rules
/// (<see cref="SchoolOptions.Rules"/>). <see cref="Workflow"/> asks the <see cref="IStaffAvailabilitySource"/> on every
/// transition, so marking a teacher unavailable takes effect on the next one. Thread-safe.
/// </remarks>
public sealed class SchoolContext
{
    private readonly SchoolSetup _setup;
    private readonly IClock _clock;
    private readonly IStaffAvailabilitySource _availability;
    private readonly ITeachingAssignmentSource? _teaching;
    private readonly Lazy<PortfolioValidator>[] _validators;
    private readonly Lazy<BulkValidator>[] _bulkValidators;
    private readonly OutcomeWorkflow? _workflow;

    internal SchoolContext(SchoolSetup setup, IClock clock, IStaffAvailabilitySource availability, ITeachingAssignmentSource? teaching)
    {
        _setup = setup;
        _clock = clock;
        _availability = availability;
        _teaching = teaching;
        _validators = [.. setup.History.Versions.Select(p => new Lazy<PortfolioValidator>(() => new PortfolioValidator(p, setup.Calendar, setup.Rules)))];
        _bulkValidators = [.. setup.History.Versions.Select(p => new Lazy<BulkValidator>(() => new BulkValidator(p, setup.Calendar, setup.Rules)))];
        _workflow = setup.Calendar is null
            ? null
            : new OutcomeWorkflow(clock, setup.Calendar, setup.Permissions, setup.Proxies).WithAvailabilitySource(() => availability.GetAvailability(setup.School));
    }

    /// <summary>Gets the school.</summary>
    public SchoolCode School => _setup.School;

    /// <summary>
    /// Gets the policy versions as a <see cref="Policies.PolicyHistory"/>: pass it to <see cref="PortfolioValidator"/> or
    /// <see cref="Bulk.BulkValidator"/> to judge each record by the version in force for its term.
    /// </summary>
    public PolicyHistory PolicyHistory => _setup.History;

    /// <summary>Gets the policy in force today (Asia/Taipei, from the injected clock).</summary>
    public PortfolioPolicy Policy => _setup.History.On(Today);

    /// <summary>Gets the submission calendar, or <see langword="null"/> when the school has none.</summary>
    public SubmissionCalendar? Calendar => _setup.Calendar;

    /// <summary>Gets the permission matrix.</summary>
    public PermissionMatrix Permissions => _setup.Permissions;

    /// <summary>Gets the certification proxy lists.</summary>
    public ProxyDirectory Proxies => _setup.Proxies;

    /// <summary>Gets the school's staff availability now, from the registered <see cref="IStaffAvailabilitySource"/>.</summary>
    public StaffAvailability Availability => _availability.GetAvailability(School);

    /// <summary>Gets the portfolio validator of the policy in force today, with the school's calendar.</summary>
    public PortfolioValidator Validator => _validators[IndexOn(Today)].Value;

    /// <summary>Gets the school's own rules, run by <see cref="Validator"/> and <see cref="BulkValidator"/>.</summary>
    public IReadOnlyList<ISchoolRule> SchoolRules => _setup.Rules;

    /// <summary>Gets the bulk validator of the policy in force today, with the school's calendar and own rules.</summary>
    public BulkValidator BulkValidator => _bulkValidators[IndexOn(Today)].Value;

    /// <summary>
    /// Gets the outcome workflow with the school's calendar, permissions and proxies; it asks the
    /// <see cref="IStaffAvailabilitySource"/> on every transition, so a workflow kept by a caller stays current.
    /// </summary>
    /// <exception cref="InvalidOperationException">The school has no calendar: a workflow without one would check no submission windows.</exception>
    public OutcomeWorkflow Workflow => _workflow
        ?? throw new InvalidOperationException($"School {School} has no submission calendar, so it has no workflow; set SchoolOptions.Calendar.");

    private LocalDate Today => TaipeiTime.DateOf(_clock.GetCurrentInstant());

    /// <summary>Returns the portfolio validator of the policy version in force on a date.</summary>
    /// <param name="date">The date (Asia/Taipei).</param>
    /// <returns>The validator, with the school's calendar.</returns>
    public PortfolioValidator ValidatorOn(LocalDate date) => _validators[IndexOn(date)].Value;

    /// <summary>Returns the bulk validator of the policy version in force on a date.</summary>
    /// <param name="date">The date (Asia/Taipei).</param>
    /// <returns>The validator.</returns>
    public BulkValidator BulkValidatorOn(LocalDate date) => _bulkValidators[IndexOn(date)].Value;

    /// <summary>Returns whether a teacher teaches a course to a class in a term, from the registered <see cref="ITeachingAssignmentSource"/>.</summary>
    /// <param name="teacherId">The teacher's staff identifier.</param>
    /// <param name="course">The course code.</param>
    /// <param name="className">The class (班級).</param>
    /// <param name="term">The term.</param>
    /// <returns><see langword="true"/> when assigned; <see langword="false"/> when not, or when no source is registered (deny by default).</returns>
    /// <exception cref="ArgumentException"><paramref name="teacherId"/> or <paramref name="className"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="teacherId"/> or <paramref name="className"/> is <see langword="null"/>.</exception>
    public bool Teaches(string teacherId, CourseCode course, string className, Term term)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(teacherId);
        ArgumentException.ThrowIfNullOrWhiteSpace(className);
        return _teaching is not null && _teaching.Teaches(School, teacherId, course, className, term);
    }

    /// <summary>Returns the school code, the number of policy versions and whether a calendar is set.</summary>
    /// <returns>For example <c>SchoolContext(123456, 2 policy versions, calendar set)</c>.</returns>
    public override string ToString() => $"SchoolContext({School}, {_setup.History.Versions.Count} policy versions, calendar {(Calendar is null ? "none" : "set")})";

    private int IndexOn(LocalDate date) => _setup.History.IndexOn(date);
}
