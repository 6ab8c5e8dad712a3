namespace StudentPortfolio.Bulk;

/// <summary>The property names the bulk evaluator acts on, recognised once per property by length and bytes.</summary>
internal enum KnownProperty
{
    /// <summary>Any other name (skipped).</summary>
    Other,

    /// <summary><c>nationalId</c>.</summary>
    NationalId,

    /// <summary><c>birthDate</c>.</summary>
    BirthDate,

    /// <summary><c>name</c>.</summary>
    Name,

    /// <summary><c>school</c>.</summary>
    School,

    /// <summary><c>cadres</c>.</summary>
    Cadres,

    /// <summary><c>courses</c>.</summary>
    Courses,

    /// <summary><c>outcomes</c>.</summary>
    Outcomes,

    /// <summary><c>performances</c>.</summary>
    Performances,

    /// <summary><c>enrollment</c>.</summary>
    Enrollment,

    /// <summary><c>id</c>.</summary>
    Id,

    /// <summary><c>term</c>.</summary>
    Term,

    /// <summary><c>courseCode</c>.</summary>
    CourseCode,

    /// <summary><c>title</c>.</summary>
    Title,

    /// <summary><c>description</c>.</summary>
    Description,

    /// <summary><c>selected</c>.</summary>
    Selected,

    /// <summary><c>files</c>.</summary>
    Files,

    /// <summary><c>category</c>.</summary>
    Category,

    /// <summary><c>details</c>.</summary>
    Details,

    /// <summary><c>origin</c>.</summary>
    Origin,

    /// <summary><c>date</c>.</summary>
    Date,

    /// <summary><c>counterpartSchool</c>.</summary>
    CounterpartSchool,

    /// <summary><c>link</c>.</summary>
    Link,

    /// <summary><c>mediaType</c>.</summary>
    MediaType,

    /// <summary><c>sizeBytes</c>.</summary>
    SizeBytes,

    /// <summary><c>endDate</c>.</summary>
    EndDate,

    /// <summary><c>startDate</c>.</summary>
    StartDate,

    /// <summary><c>resultDate</c>.</summary>
    ResultDate,

    /// <summary><c>obtainedOn</c>.</summary>
    ObtainedOn,

    /// <summary><c>fileName</c>.</summary>
    FileName,

    /// <summary><c>certification</c>.</summary>
    Certification,

    /// <summary><c>status</c>.</summary>
    Status,

    /// <summary><c>certifiedHash</c>.</summary>
    CertifiedHash,

    /// <summary><c>contentHash</c>.</summary>
    ContentHash,

    /// <summary><c>kind</c> (course record, outcome, enrollment event).</summary>
    Kind,

    /// <summary><c>grade</c>.</summary>
    Grade,

    /// <summary><c>decidedAt</c> of a certification.</summary>
    DecidedAt,

    /// <summary><c>programme</c> of an enrollment event.</summary>
    Programme,
}
