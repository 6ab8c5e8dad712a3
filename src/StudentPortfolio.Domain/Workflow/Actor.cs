using StudentPortfolio.Identity;
using StudentPortfolio.Internal;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.Workflow;

/// <summary>
/// Someone who acts in the workflow: a staff member or a student, identified by the school platform's account
/// identifier, with roles; a course teacher lists the courses taught, a submitter the units it submits for, a
/// student the student key.
/// </summary>
/// <remarks><see cref="ToString"/> never shows an unmasked national ID. Immutable and thread-safe.</remarks>
public sealed record Actor
{
    private readonly ValueList<Role> _roles;
    private readonly ValueList<CourseCode> _courses;
    private readonly ValueList<SubmittingUnit> _units;

    /// <summary>Creates an actor.</summary>
    /// <param name="id">The account identifier (staff number or student number), e.g. <c>T001</c>.</param>
    /// <param name="roles">The roles.</param>
    /// <param name="courses">The courses the actor teaches (for <see cref="Role.CourseTeacher"/>).</param>
    /// <param name="submittingUnits">The units the actor submits for (for <see cref="Role.Submitter"/>).</param>
    /// <param name="student">The student key, required exactly when the actor has <see cref="Role.Student"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, a code is the default value, or <paramref name="student"/> does not fit the roles.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="roles"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A role or unit is undefined.</exception>
    public Actor(string id, IEnumerable<Role> roles, IEnumerable<CourseCode>? courses = null, IEnumerable<SubmittingUnit>? submittingUnits = null, StudentKey? student = null)
    {
        ArgumentNullException.ThrowIfNull(roles);
        _roles = ValueList<Role>.From(roles.Distinct().Order().Select(r => Guard.Defined(r, nameof(roles))), nameof(roles));
        _courses = ValueList<CourseCode>.From(courses?.Distinct().Select(c => Guard.NotDefault(c, nameof(courses))), nameof(courses));
        _units = ValueList<SubmittingUnit>.From(submittingUnits?.Distinct().Order().Select(u => Guard.Defined(u, nameof(submittingUnits))), nameof(submittingUnits));

        if (_roles.Contains(Role.Student) != student.HasValue)
        {
            throw new ArgumentException("A student key is given exactly when the actor has the Student role.", nameof(student));
        }

        Id = Guard.NotBlank(id);
        Student = student;
    }

    /// <summary>Gets the account identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the roles, ordered.</summary>
    public IReadOnlyList<Role> Roles => _roles;

    /// <summary>Gets the courses the actor teaches.</summary>
    public IReadOnlyList<CourseCode> Courses => _courses;

    /// <summary>Gets the units the actor submits for.</summary>
    public IReadOnlyList<SubmittingUnit> SubmittingUnits => _units;

    /// <summary>Gets the student key, when the actor is a student.</summary>
    public StudentKey? Student { get; }

    /// <summary>Creates a student actor.</summary>
    /// <param name="id">The account identifier, e.g. the student number.</param>
    /// <param name="student">The student key.</param>
    /// <returns>The actor with the <see cref="Role.Student"/> role.</returns>
    public static Actor ForStudent(string id, StudentKey student) => new(id, [Role.Student], student: student);

    /// <summary>Creates a course teacher.</summary>
    /// <param name="id">The staff identifier.</param>
    /// <param name="courses">The courses taught.</param>
    /// <returns>The actor with the <see cref="Role.CourseTeacher"/> role.</returns>
    public static Actor ForCourseTeacher(string id, params CourseCode[] courses) => new(id, [Role.CourseTeacher], courses);

    /// <summary>Creates a submitter for one unit.</summary>
    /// <param name="id">The staff identifier.</param>
    /// <param name="unit">The submitting unit.</param>
    /// <returns>The actor with the <see cref="Role.Submitter"/> role.</returns>
    public static Actor ForSubmitter(string id, SubmittingUnit unit) => new(id, [Role.Submitter], submittingUnits: [unit]);

    /// <summary>Returns whether the actor has <paramref name="role"/>.</summary>
    /// <param name="role">The role.</param>
    /// <returns><see langword="true"/> when held.</returns>
    public bool HasRole(Role role) => _roles.Contains(role);

    /// <summary>Returns whether the actor is a course teacher of <paramref name="course"/>.</summary>
    /// <param name="course">The course code.</param>
    /// <returns><see langword="true"/> when the actor has <see cref="Role.CourseTeacher"/> and lists the course.</returns>
    public bool Teaches(CourseCode course) => HasRole(Role.CourseTeacher) && _courses.Contains(course);

    /// <summary>Gets the roles as a message argument: comma-separated, or <c>-</c> for none.</summary>
    internal string RolesText => _roles.Count == 0 ? "-" : string.Join(',', _roles);

    /// <summary>Returns the identifier and roles; a student appears with the masked key.</summary>
    /// <returns>For example <c>T001 [CourseTeacher]</c>.</returns>
    public override string ToString()
    {
        var roles = string.Join(',', _roles);
        return Student is { } key ? $"{Id} [{roles}] {key}" : $"{Id} [{roles}]";
    }
}
