namespace StudentPortfolio.Workflow;

/// <summary>On what ground an actor certifies or rejects a course learning outcome.</summary>
public enum CertifierBasis
{
    /// <summary>The teacher of the course (for the outcome's class and term when teaching assignments are used).</summary>
    CourseTeacher = 1,

    /// <summary>The supervising teacher (指導教師) named on the outcome, where the policy allows it.</summary>
    SupervisingTeacher = 2,

    /// <summary>A proxy in turn on the course's proxy list (代理人).</summary>
    Proxy = 3,
}
