using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.PropertyTests.Generators;
using StudentPortfolio.Workflow;

namespace StudentPortfolio.PropertyTests.Workflow;

[Properties(MaxTest = 300)]
public class RetentionAndPermissionProperties
{
    private static readonly SchoolCode School = SchoolCode.Parse("041305");
    private static readonly StudentKey Student = new(NationalId.Parse("A123456789"), new LocalDate(2008, 5, 1));

    /// <summary>Leaving dates between 2000 and 2060.</summary>
    private static readonly Gen<LocalDate> LeftOn = Gen.Choose(0, 365 * 60).Select(d => new LocalDate(2000, 1, 1).PlusDays(d));

    [Property]
    public Property Data_is_deletable_exactly_from_the_policy_anniversary() =>
        Prop.ForAll(
            LeftOn.ToArbitrary(),
            Gen.Choose(0, 10).ToArbitrary(),
            Gen.Choose(-400, 400).ToArbitrary(),
            (left, years, offset) =>
            {
                var history = new EnrollmentHistory([
                    new EnrollmentEvent(left.PlusYears(-3), EnrollmentEventKind.Admit, School),
                    new EnrollmentEvent(left, EnrollmentEventKind.Withdraw, School),
                ]);
                var firstDeletable = left.PlusDays(1).PlusYears(years);
                var policy = PolicyPresets.Songshan with { RetentionYearsAfterLeaving = years };
                var decision = RetentionSchedule.Decide(Student, history, RetentionSchedule.PeriodOf(policy), firstDeletable.PlusDays(offset));
                return decision.IsDeletable == (offset >= 0) && decision.DeletableFrom == policy.RetentionEndsOn(left);
            });

    [Property]
    public Property Without_a_period_no_date_makes_data_deletable() =>
        Prop.ForAll(LeftOn.ToArbitrary(), ValueGenerators.LocalDate.ToArbitrary(), (left, date) =>
            !RetentionSchedule.Decide(Student, new EnrollmentHistory([new EnrollmentEvent(left, EnrollmentEventKind.Graduate, School)]), null, date).IsDeletable);

    [Property]
    public Property Grant_and_revoke_change_exactly_one_cell() =>
        Prop.ForAll(
            Gen.Elements(Enum.GetValues<Role>()).ToArbitrary(),
            Gen.Elements(Enum.GetValues<WorkflowAction>()).ToArbitrary(),
            (role, action) =>
            {
                var before = PermissionMatrix.Default;
                var granted = before.Grant(role, action);
                var revoked = before.Revoke(role, action);
                var others = Enum.GetValues<Role>().SelectMany(r => Enum.GetValues<WorkflowAction>().Select(a => (r, a))).Where(c => c != (role, action));
                return granted.IsAllowed(role, action) && !revoked.IsAllowed(role, action)
                    && others.All(c => granted.IsAllowed(c.r, c.a) == before.IsAllowed(c.r, c.a) && revoked.IsAllowed(c.r, c.a) == before.IsAllowed(c.r, c.a));
            });
}
