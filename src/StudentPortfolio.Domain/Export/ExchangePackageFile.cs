using System.Globalization;
using System.Text.Json;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Internal;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Export;

/// <summary>
/// Writes and reads an <see cref="ExchangePackage"/> (歷程交換資料) as a JSON file, so that two schools on different
/// systems can hand a transferring student's records over. The file is the package header (<c>schemaVersion</c>,
/// <c>nationalId</c>, <c>birthDate</c>, <c>sourceSchool</c>, <c>exportedAt</c>, <c>omittedOutcomes</c>) followed by
/// the record arrays of the submission format's student (<c>cadres</c>, <c>courses</c>, <c>outcomes</c>,
/// <c>performances</c>, <c>enrollment</c>), written and read by the same code; <see cref="ExchangePackageSchema"/> is
/// its JSON Schema.
/// </summary>
/// <remarks>
/// <para>
/// The writer is deterministic (UTF-8, indented, CJK not escaped): writing what was read gives the same bytes. The
/// file carries the identity number unmasked, as the receiving school needs it; keep it as confidential as the
/// portfolio itself.
/// </para>
/// <para>
/// The reader has the error discipline of <see cref="SubmissionReader"/>: every problem is a
/// <see cref="SubmissionError"/> with an <c>SP-X</c> rule code, JSON path, line and byte in the line; identity numbers
/// appear only masked. Bad input never throws anything but <see cref="SubmissionFormatException"/> (strict mode).
/// The whole file is held in memory, bounded by <see cref="SubmissionReaderOptions.MaxBytesPerStudent"/>. Thread-safe
/// (stateless).
/// </para>
/// </remarks>
public static class ExchangePackageFile
{
    /// <summary>The format version this library writes and reads.</summary>
    public const string SchemaVersion = "1.0";

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Writes a package to a stream.</summary>
    /// <param name="utf8Json">The destination stream.</param>
    /// <param name="package">The package.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Stream utf8Json, ExchangePackage package)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(package);
        using var w = new Utf8JsonWriter(utf8Json, SubmissionWriter.WriterOptions);
        w.WriteStartObject();
        w.WriteString("schemaVersion", SchemaVersion);
        w.WriteString("nationalId", package.Student.NationalId.ToUnmaskedString());
        w.WriteString("birthDate", SubmissionWriter.FormatDate(package.Student.BirthDate));
        w.WriteString("sourceSchool", package.SourceSchool.ToString());
        w.WriteString("exportedAt", SubmissionWriter.FormatInstant(package.ExportedAt));
        w.WriteStartArray("omittedOutcomes");
        foreach (var id in package.OmittedOutcomes)
        {
            w.WriteStringValue(id.ToString());
        }

        w.WriteEndArray();
        SubmissionWriter.WriteCadres(w, package.Cadres);
        SubmissionWriter.WriteCourses(w, package.Courses);
        SubmissionWriter.WriteOutcomes(w, package.Outcomes);
        SubmissionWriter.WritePerformances(w, package.Performances);
        SubmissionWriter.WriteEnrollment(w, package.Enrollment);
        w.WriteEndObject();
        w.Flush();
    }

    /// <summary>Returns the UTF-8 JSON of a package.</summary>
    /// <param name="package">The package.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="package"/> is <see langword="null"/>.</exception>
    public static byte[] ToUtf8Bytes(ExchangePackage package)
    {
        using var stream = new MemoryStream();
        Write(stream, package);
        return stream.ToArray();
    }

    /// <summary>Reads a package from a stream.</summary>
    /// <param name="utf8Json">The UTF-8 JSON stream (a leading byte-order mark is allowed).</param>
    /// <param name="options">The options; <see langword="null"/> means <see cref="SubmissionReaderOptions.Default"/> (strict).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The package (<see langword="null"/> when the file has an error) and every error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="SubmissionFormatException">Strict mode: the file has an error.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static ExchangePackageReadResult Read(Stream utf8Json, SubmissionReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= SubmissionReaderOptions.Default;
        var limit = options.MaxBytesPerStudent;
        var buffer = new byte[Math.Min(limit + 1, 64 * 1024)];
        var length = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (length == buffer.Length)
            {
                if (buffer.Length > limit)
                {
                    break;
                }

                System.Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, limit + 1L));
            }

            var read = utf8Json.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        return Finish(Parse(buffer, length, options), options);
    }

    /// <summary>Reads a package from its UTF-8 bytes.</summary>
    /// <param name="utf8Json">The UTF-8 JSON (a leading byte-order mark is allowed).</param>
    /// <param name="options">The options; <see langword="null"/> means <see cref="SubmissionReaderOptions.Default"/> (strict).</param>
    /// <returns>The package (<see langword="null"/> when the file has an error) and every error.</returns>
    /// <exception cref="SubmissionFormatException">Strict mode: the file has an error.</exception>
    public static ExchangePackageReadResult Read(ReadOnlySpan<byte> utf8Json, SubmissionReaderOptions? options)
    {
        options ??= SubmissionReaderOptions.Default;
        var length = Math.Min(utf8Json.Length, options.MaxBytesPerStudent + 1);
        return Finish(Parse(utf8Json[..length].ToArray(), length, options), options);
    }

    private static ExchangePackageReadResult Finish(ExchangePackageReadResult result, SubmissionReaderOptions options) =>
        options.Mode == SubmissionReadMode.Strict && result.Errors.Count > 0 ? throw new SubmissionFormatException(result.Errors) : result;

    private static ExchangePackageReadResult Parse(byte[] buffer, int length, SubmissionReaderOptions options)
    {
        var locator = new WholeBufferLocator(buffer, length);
        if (length > options.MaxBytesPerStudent)
        {
            var limit = options.MaxBytesPerStudent.ToString(CultureInfo.InvariantCulture);
            return Failed(locator, ImportRules.TooLarge, options.MaxBytesPerStudent, "$", "The exchange package", limit);
        }

        var start = buffer.AsSpan(0, length).StartsWith(Bom) ? Bom.Length : 0;
        if (CheckSyntax(buffer, start, length, locator) is { } syntaxError)
        {
            return new ExchangePackageReadResult(null, [syntaxError]);
        }

        var (package, errors) = new StudentParser(options, locator).ParseExchange(buffer, start, length - start);
        return new ExchangePackageReadResult(package, errors);
    }

    /// <summary>Checks that the bytes are one complete JSON value; returns the syntax or truncation error, or <see langword="null"/>.</summary>
    private static SubmissionError? CheckSyntax(byte[] buffer, int start, int length, WholeBufferLocator locator)
    {
        var reader = new Utf8JsonReader(buffer.AsSpan(start, length - start), isFinalBlock: false, state: default);
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var inLine = (ex.BytePositionInLine ?? 0) + (line == 1 ? start : 0);
            var detail = ex.Message;
            var cut = detail.IndexOf(" LineNumber:", StringComparison.Ordinal);
            detail = ErrorText.Excerpt(cut > 0 ? detail[..cut] : detail);
            var at = locator.OffsetOf(line, inLine);
            return Error(ImportRules.MalformedJson, locator.Locate(at), "$", detail);
        }

        var complete = reader.BytesConsumed > 0 && reader.CurrentDepth == 0
            && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray or JsonTokenType.String or JsonTokenType.True
                or JsonTokenType.False or JsonTokenType.Null;
        return complete ? null : Error(ImportRules.Truncated, locator.Locate(length), "$");
    }

    private static ExchangePackageReadResult Failed(WholeBufferLocator locator, RuleDescriptor rule, int at, string path, params string[] arguments) =>
        new(null, [Error(rule, locator.Locate(at), path, arguments)]);

    private static SubmissionError Error(RuleDescriptor rule, SourcePosition position, string path, params string[] arguments) =>
        new(new ValidationIssue(rule, null, null, path, arguments), null, position);
}
