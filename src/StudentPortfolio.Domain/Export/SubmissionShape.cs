using StudentPortfolio.Portfolio.Performance;

namespace StudentPortfolio.Export;

/// <summary>
/// The reader's name tables: every object of the submission shape with its properties in written order, taken from
/// <see cref="SubmissionFields"/>.
/// </summary>
internal static class SubmissionShape
{
    public static readonly JsonShape Document = SubmissionFields.Document.Shape;

    public static readonly JsonShape Student = SubmissionFields.Student.Shape;

    /// <summary>The exchange package file: the package header, then the student's record arrays (see <see cref="ExchangePackageFile"/>).</summary>
    public static readonly JsonShape ExchangePackage = SubmissionFields.ExchangePackage.Shape;

    public static readonly JsonShape Cadre = SubmissionFields.Cadre.Shape;

    public static readonly JsonShape Course = SubmissionFields.Course.Shape;

    public static readonly JsonShape Origin = SubmissionFields.Origin.Shape;

    public static readonly JsonShape Outcome = SubmissionFields.Outcome.Shape;

    public static readonly JsonShape File = SubmissionFields.File.Shape;

    public static readonly JsonShape Certification = SubmissionFields.Certification.Shape;

    public static readonly JsonShape Performance = SubmissionFields.Performance.Shape;

    public static readonly JsonShape Autobiography = SubmissionFields.Autobiography.Shape;

    public static readonly JsonShape Enrollment = SubmissionFields.Enrollment.Shape;

    /// <summary>Gets the details shapes indexed like <see cref="JsonEnums.CategoryValues"/>.</summary>
    public static readonly JsonShape[] DetailsByCategory = [.. SubmissionFields.Details.Select(o => o.Shape)];

    /// <summary>
    /// Gets the value kinds of the details properties, indexed like <see cref="DetailsByCategory"/>: S string,
    /// D date, N decimal, I integer, T term, B boolean, L cadre level. Every details value may be null.
    /// </summary>
    public static readonly string[] DetailsValueKinds = [.. DetailsFields.All.Select(c => new string([.. c.Fields.Select(f => f.KindLetter)]))];

    public static IEnumerable<JsonShape> All =>
    [
        Document, Student, Cadre, Course, Origin, Outcome, File, Certification, Performance, Autobiography, Enrollment,
        .. DetailsByCategory,
    ];
}
