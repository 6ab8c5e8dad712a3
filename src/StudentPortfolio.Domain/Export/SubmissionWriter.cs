using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using NodaTime;
using NodaTime.Text;
using StudentPortfolio.Calendar;
using StudentPortfolio.Internal;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;

namespace StudentPortfolio.Export;

/// <summary>
/// Writes submission documents in the central-database JSON shape (UTF-8, indented, camelCase, CJK not escaped,
/// ISO-8601 dates and instants). The output is deterministic: the same document always gives the same bytes.
/// </summary>
/// <remarks>
/// Hand-written on <see cref="Utf8JsonWriter"/>: no reflection, safe for trimming and native AOT. The students are
/// written one at a time, so <see cref="Write(Stream, SubmissionHeader, IEnumerable{StudentSubmission})"/> can
/// export a large school without holding the whole document. Thread-safe (stateless).
/// </remarks>
public static class SubmissionWriter
{
    private const int FlushThreshold = 64 * 1024;

    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
#if NET9_0_OR_GREATER
        NewLine = "\n",
#endif
    };

    /// <summary>Writes a document to a stream.</summary>
    /// <param name="utf8Json">The destination stream.</param>
    /// <param name="document">The document.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Stream utf8Json, SubmissionDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Write(utf8Json, document.Header, document.Students);
    }

    /// <summary>Writes a document to a stream, taking the students one at a time (streaming export).</summary>
    /// <param name="utf8Json">The destination stream.</param>
    /// <param name="header">The header.</param>
    /// <param name="students">The students, enumerated once.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A student is <see langword="null"/>.</exception>
    public static void Write(Stream utf8Json, SubmissionHeader header, IEnumerable<StudentSubmission> students)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(students);
        using var writer = new Utf8JsonWriter(utf8Json, WriterOptions);
        WriteHeader(writer, header);
        var index = 0;
        foreach (var student in students)
        {
            WriteStudent(writer, header.ContentKinds, student ?? throw new ArgumentException($"Student {index} is null.", nameof(students)));
            index++;
            if (writer.BytesPending > FlushThreshold)
            {
                writer.Flush();
            }
        }

        WriteFooter(writer);
        writer.Flush();
    }

    /// <summary>Writes a document to a stream asynchronously.</summary>
    /// <param name="utf8Json">The destination stream.</param>
    /// <param name="document">The document.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    public static Task WriteAsync(Stream utf8Json, SubmissionDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return WriteAsync(utf8Json, document.Header, document.Students, cancellationToken);
    }

    /// <summary>Writes a document to a stream asynchronously, taking the students one at a time (streaming export).</summary>
    /// <param name="utf8Json">The destination stream.</param>
    /// <param name="header">The header.</param>
    /// <param name="students">The students, enumerated once.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A student is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    public static Task WriteAsync(Stream utf8Json, SubmissionHeader header, IEnumerable<StudentSubmission> students, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(students);
        return WriteAsync(utf8Json, header, Internal.AsyncSequence.From(students, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Writes a document to a stream asynchronously, taking the students one at a time from an asynchronous sequence
    /// (for example rows streamed from a database).
    /// </summary>
    /// <param name="utf8Json">The destination stream.</param>
    /// <param name="header">The header.</param>
    /// <param name="students">The students, enumerated once, with <paramref name="cancellationToken"/>.</param>
    /// <param name="cancellationToken">Cancels the write and the enumeration.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A student is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    public static async Task WriteAsync(Stream utf8Json, SubmissionHeader header, IAsyncEnumerable<StudentSubmission> students, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(students);
        var writer = new Utf8JsonWriter(utf8Json, WriterOptions);
        await using (writer.ConfigureAwait(false))
        {
            WriteHeader(writer, header);
            var index = 0;
            await foreach (var student in students.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                WriteStudent(writer, header.ContentKinds, student ?? throw new ArgumentException($"Student {index} is null.", nameof(students)));
                index++;
                if (writer.BytesPending > FlushThreshold)
                {
                    await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            WriteFooter(writer);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Returns the UTF-8 JSON of a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public static byte[] ToUtf8Bytes(SubmissionDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        Write(stream, document);
        return stream.ToArray();
    }

    internal static string FormatDate(LocalDate date) => LocalDatePattern.Iso.Format(date);

    internal static string FormatInstant(Instant instant) => InstantPattern.General.Format(instant);

    private static void WriteHeader(Utf8JsonWriter w, SubmissionHeader header)
    {
        w.WriteStartObject();
        w.WriteString("schemaVersion", header.SchemaVersion);
        w.WriteString("school", header.School.ToString());
        w.WriteNumber("academicYear", header.Term.Year.RocYear);
        w.WriteNumber("semester", (int)header.Term.Semester);
        w.WriteStartArray("contentKinds");
        for (var i = 0; i < JsonEnums.ContentKindValues.Length; i++)
        {
            if (header.Declares(JsonEnums.ContentKindValues[i]))
            {
                w.WriteStringValue(JsonEnums.ContentKindNames[i]);
            }
        }

        w.WriteEndArray();
        w.WriteString("generatedAt", FormatInstant(header.GeneratedAt));
        w.WriteStartArray("students");
    }

    private static void WriteFooter(Utf8JsonWriter w)
    {
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteStudent(Utf8JsonWriter w, ContentKinds kinds, StudentSubmission s)
    {
        var b = s.Student;
        w.WriteStartObject();
        w.WriteString("nationalId", b.NationalId.ToUnmaskedString());
        w.WriteString("birthDate", FormatDate(b.BirthDate));
        w.WriteString("name", b.Name);
        w.WriteString("school", b.School.ToString());
        w.WriteString("studentNumber", b.StudentNumber);
        w.WriteString("programme", b.Programme);
        w.WriteNumber("grade", b.Grade);
        w.WriteString("className", b.ClassName);
        WriteNumberOrNull(w, "seat"u8, b.Seat);
        if ((kinds & ContentKinds.BasicData) != 0)
        {
            WriteCadres(w, s.Cadres);
        }

        if ((kinds & ContentKinds.CourseRecords) != 0)
        {
            WriteCourses(w, s.Courses);
        }

        if ((kinds & ContentKinds.CourseOutcomes) != 0)
        {
            WriteOutcomes(w, s.Outcomes);
        }

        if ((kinds & ContentKinds.MultiPerformance) != 0)
        {
            WritePerformances(w, s.Performances);
        }

        if ((kinds & ContentKinds.BasicData) != 0)
        {
            if (s.Autobiography is { } a)
            {
                w.WriteStartObject("autobiography");
                w.WriteString("careerPlan", a.CareerPlan);
                w.WriteString("selfExpectation", a.SelfExpectation);
                w.WriteString("strengths", a.Strengths);
                w.WriteString("interests", a.Interests);
                WriteInstantOrNull(w, "enteredAt", a.EnteredAt);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("autobiography");
            }

            WriteEnrollment(w, s.Enrollment);
        }

        w.WriteEndObject();
    }

    // The record arrays below are shared by the submission student and the exchange package (ExchangePackageFile).

    internal static void WriteCadres(Utf8JsonWriter w, IReadOnlyList<CadreRecord> cadres)
    {
        w.WriteStartArray("cadres");
        foreach (var c in cadres)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id.ToString());
            w.WriteString("term", c.Term.ToString());
            w.WriteString("level", JsonEnums.Name(c.Level, JsonEnums.CadreLevelValues, JsonEnums.CadreLevelNames));
            w.WriteString("unit", c.Unit);
            w.WriteString("title", c.Title);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    internal static void WriteCourses(Utf8JsonWriter w, IReadOnlyList<CourseRecord> courses)
    {
        w.WriteStartArray("courses");
        foreach (var c in courses)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id.ToString());
            w.WriteString("term", c.Term.ToString());
            w.WriteString("courseCode", c.CourseCode.ToString());
            w.WriteString("subjectName", c.SubjectName);
            w.WriteNumber("credits", c.Credits);
            WriteNumberOrNull(w, "score"u8, c.Score);
            w.WriteString("kind", JsonEnums.Name(c.Kind, JsonEnums.CourseKindValues, JsonEnums.CourseKindNames));
            WriteOrigin(w, c.Origin);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    internal static void WriteOutcomes(Utf8JsonWriter w, IReadOnlyList<CourseLearningOutcome> outcomes)
    {
        w.WriteStartArray("outcomes");
        foreach (var o in outcomes)
        {
            WriteOutcome(w, o);
        }

        w.WriteEndArray();
    }

    internal static void WritePerformances(Utf8JsonWriter w, IReadOnlyList<MultiPerformanceItem> performances)
    {
        w.WriteStartArray("performances");
        foreach (var p in performances)
        {
            WritePerformance(w, p);
        }

        w.WriteEndArray();
    }

    internal static void WriteEnrollment(Utf8JsonWriter w, EnrollmentHistory history)
    {
        w.WriteStartArray("enrollment");
        foreach (var e in history.Events)
        {
            WriteEnrollment(w, e);
        }

        w.WriteEndArray();
    }

    private static void WriteEnrollment(Utf8JsonWriter w, EnrollmentEvent e)
    {
        w.WriteStartObject();
        w.WriteString("date", FormatDate(e.Date));
        w.WriteString("kind", JsonEnums.Name(e.Kind, JsonEnums.EnrollmentKindValues, JsonEnums.EnrollmentKindNames));
        w.WriteString("school", e.School.ToString());
        w.WriteString("counterpartSchool", e.CounterpartSchool?.ToString());
        w.WriteString("programme", e.Programme);
        w.WriteEndObject();
    }

    private static void WriteOutcome(Utf8JsonWriter w, CourseLearningOutcome o)
    {
        w.WriteStartObject();
        w.WriteString("id", o.Id.ToString());
        w.WriteString("term", o.Term.ToString());
        w.WriteString("courseCode", o.CourseCode.ToString());
        w.WriteString("kind", JsonEnums.Name(o.Kind, JsonEnums.CourseKindValues, JsonEnums.CourseKindNames));
        WriteOrigin(w, o.Origin);
        w.WriteString("title", o.Title);
        w.WriteString("description", o.Description);
        WriteFiles(w, o.Files);
        var c = o.Certification;
        w.WriteStartObject("certification");
        w.WriteString("status", JsonEnums.Name(c.Status, JsonEnums.CertificationStatusValues, JsonEnums.CertificationStatusNames));
        w.WriteString("certifier", c.Certifier);
        w.WriteString("onBehalfOf", c.OnBehalfOf);
        WriteInstantOrNull(w, "decidedAt", c.DecidedAt);
        w.WriteString("rejectionReason", c.RejectionReason);
        w.WriteString("certifiedHash", c.CertifiedHash?.ToString());
        w.WriteEndObject();
        w.WriteBoolean("selected", o.IsSelected);
        w.WriteString("contentHash", o.ContentHash.ToString());
        w.WriteEndObject();
    }

    private static void WritePerformance(Utf8JsonWriter w, MultiPerformanceItem p)
    {
        w.WriteStartObject();
        w.WriteString("id", p.Id.ToString());
        w.WriteString("term", p.Term.ToString());
        w.WriteString("category", JsonEnums.Name(p.Category, JsonEnums.CategoryValues, JsonEnums.CategoryNames));
        w.WritePropertyName("details");
        WriteDetails(w, p.Details);
        w.WriteString("description", p.Description);
        WriteFiles(w, p.Files);
        w.WriteString("link", p.Link?.OriginalString);
        w.WriteBoolean("selected", p.IsSelected);
        w.WriteEndObject();
    }

    private static void WriteDetails(Utf8JsonWriter w, PerformanceDetails details)
    {
        // The category's fields from the field table, in order; every field is written, absent values as null.
        var fields = DetailsFields.Of(details.Category).Fields;
        w.WriteStartObject();
        for (var i = 0; i < fields.Length; i++)
        {
            var f = fields[i];
            var name = f.JsonName.EncodedUtf8Bytes;
            switch (f.Kind)
            {
                case FieldKind.String: w.WriteString(name, f.GetText(details)); break;
                case FieldKind.Date: w.WriteString(name, f.GetDate(details) is { } date ? FormatDate(date) : null); break;
                case FieldKind.Term: w.WriteString(name, f.GetTerm(details)?.ToString()); break;
                case FieldKind.Decimal: WriteNumberOrNull(w, name, f.GetNumber(details)); break;
                case FieldKind.Integer: WriteNumberOrNull(w, name, f.GetInteger(details)); break;
                case FieldKind.Boolean:
                    if (f.GetFlag(details) is { } flag)
                    {
                        w.WriteBoolean(name, flag);
                    }
                    else
                    {
                        w.WriteNull(name);
                    }

                    break;
                default:
                    w.WriteString(name, f.GetLevel(details) is { } level ? JsonEnums.Name(level, JsonEnums.CadreLevelValues, JsonEnums.CadreLevelNames) : null);
                    break;
            }
        }

        w.WriteEndObject();
    }

    private static void WriteOrigin(Utf8JsonWriter w, CourseOrigin? origin)
    {
        if (origin is null)
        {
            w.WriteNull("origin");
            return;
        }

        w.WriteStartObject("origin");
        w.WriteString("school", origin.School?.ToString());
        WriteTermOrNull(w, "term", origin.Term);
        w.WriteString("courseCode", origin.CourseCode?.ToString());
        w.WriteString("subjectName", origin.SubjectName);
        WriteNumberOrNull(w, "credits"u8, origin.Credits);
        w.WriteEndObject();
    }

    private static void WriteFiles(Utf8JsonWriter w, IReadOnlyList<MediaFile> files)
    {
        w.WriteStartArray("files");
        foreach (var f in files)
        {
            w.WriteStartObject();
            w.WriteString("fileName", f.FileName);
            w.WriteString("mediaType", f.MediaType.ToString());
            w.WriteNumber("sizeBytes", f.SizeBytes);
            w.WriteString("sha256", f.Hash.ToString());
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteInstantOrNull(Utf8JsonWriter w, string name, Instant? instant) => w.WriteString(name, instant is { } i ? FormatInstant(i) : null);

    private static void WriteTermOrNull(Utf8JsonWriter w, string name, Term? term) => w.WriteString(name, term?.ToString());

    private static void WriteNumberOrNull(Utf8JsonWriter w, ReadOnlySpan<byte> name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter w, ReadOnlySpan<byte> name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
