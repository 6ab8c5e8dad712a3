using StudentPortfolio.Internal;

namespace StudentPortfolio.Policies;

/// <summary>The <c>certification</c> section of a policy file.</summary>
internal sealed class PolicyCertificationSection : JsonSection
{
    public bool? SupervisingTeachers { get; set; }
}
