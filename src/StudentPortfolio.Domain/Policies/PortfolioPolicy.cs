using NodaTime;
using StudentPortfolio.Internal;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;

namespace StudentPortfolio.Policies;

/// <summary>
/// The rules a school applies to its students' learning portfolios: the national baseline (作業要點) plus the
/// school's supplementary rules (補充規定): upload and selection caps, application-pick caps, description and file
/// limits, retention and calendar-window rules.
/// </summary>
/// <remarks>
/// <para>
/// Presets ship in the package (<see cref="PolicyPresets"/>); a school loads its own JSON file with
/// <see cref="Read(Stream)"/>, typically <c>"basedOn": "national"</c> plus the values it overrides. From code, start
/// from a preset and use a <see langword="with"/> expression. Every value marked as inferred or unknown in the
/// research is a parameter here, not a constant.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record PortfolioPolicy
{
    private readonly ValueList<MediaRule> _media = ValueList<MediaRule>.Empty;
    private readonly ValueList<PerformanceRequirement> _required = ValueList<PerformanceRequirement>.Empty;

    /// <summary>Gets the policy identifier, e.g. <c>national</c> or <c>songshan</c>; letters, digits, <c>-</c> and <c>_</c>.</summary>
    /// <exception cref="ArgumentException">The value is empty or has another character.</exception>
    public required string Id { get; init => field = CheckId(value); } = "custom";

    /// <summary>Gets a display name, e.g. <c>臺北市立松山高級商業家事職業學校 補充規定</c>.</summary>
    public required string Name { get; init => field = CheckText(value, nameof(Name)); } = "Custom policy";

    /// <summary>Gets the version of the policy, e.g. the revision date of the school regulation (<c>112-08-23</c>).</summary>
    public required string Version { get; init => field = CheckText(value, nameof(Version)); } = "1";

    /// <summary>Gets the first day the policy applies.</summary>
    public required LocalDate EffectiveFrom { get; init; }

    /// <summary>Gets the identifier of the policy this one overrides, if any (e.g. <c>national</c>).</summary>
    public string? BasedOn { get; init; }

    /// <summary>Gets the regulation text the policy encodes, e.g. <c>松山商家 補充規定 (112-08-23)</c>.</summary>
    public string Regulation { get; init => field = Guard.NotNull(value); } = string.Empty;

    /// <summary>Gets the limit on course learning outcomes uploaded to the school platform.</summary>
    public UploadLimit OutcomeUploads { get; init => field = Guard.NotNull(value); } = UploadLimit.None;

    /// <summary>Gets the cap on course learning outcomes selected (勾選) for the central database per academic year (national: 6).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public required int OutcomeSelectionsPerYear { get; init => field = NonNegative(value, nameof(OutcomeSelectionsPerYear)); }

    /// <summary>Gets the limit on multi-performance items uploaded to the school platform.</summary>
    public UploadLimit PerformanceUploads { get; init => field = Guard.NotNull(value); } = UploadLimit.None;

    /// <summary>Gets the cap on multi-performance items selected for the central database per academic year (national: 10).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public required int PerformanceSelectionsPerYear { get; init => field = NonNegative(value, nameof(PerformanceSelectionsPerYear)); }

    /// <summary>Gets the caps on items picked for one application.</summary>
    public required ApplicationPickLimits ApplicationPicks { get; init => field = Guard.NotNull(value); } = new(0, 0, 0, 0);

    /// <summary>Gets the description rule.</summary>
    public required DescriptionLimit Description { get; init => field = Guard.NotNull(value); } = new(true, 100);

    /// <summary>Gets the accepted evidence-file media types and their size limits; any other type is rejected.</summary>
    /// <exception cref="ArgumentException">A rule is <see langword="null"/> or a media type is listed twice.</exception>
    public required IReadOnlyList<MediaRule> Media
    {
        get => _media;
        init => _media = CheckMedia(value);
    }

    /// <summary>
    /// Gets the most document files (文件: pdf, images and any type that is not audio or video) one course learning
    /// outcome or multi-performance item may carry, or <see langword="null"/> for no limit. National: 1, because the
    /// central database's rosters carry one 文件連結 per item. JSON: <c>files.documentsPerItem</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int? DocumentFilesPerItem { get; init => field = value is { } cap ? NonNegative(cap, nameof(DocumentFilesPerItem)) : null; }

    /// <summary>
    /// Gets the most audio or video files (影音: <c>audio/*</c>, <c>video/*</c>) one course learning outcome or
    /// multi-performance item may carry, or <see langword="null"/> for no limit. National: 1 (one 影音連結 per item).
    /// JSON: <c>files.audioVideoPerItem</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int? AudioVideoFilesPerItem { get; init => field = value is { } cap ? NonNegative(cap, nameof(AudioVideoFilesPerItem)) : null; }

    /// <summary>
    /// Gets how many weeks at the end of an academic year are "late": a multi-performance item dated in them (its end
    /// date, or its only date, such as a competition's result date in late July) may be selected in the following
    /// academic year's submission and then counts toward that year's selection cap. 0 (the default) turns this off:
    /// such a selection is reported as <c>SP-S003</c> as for any other year. JSON: <c>performances.lateItemWeeks</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or more than 52.</exception>
    public int LatePerformanceWeeks
    {
        get;
        init => field = value is < 0 or > 52 ? throw new ArgumentOutOfRangeException(nameof(LatePerformanceWeeks), value, "The number of weeks must be from 0 to 52.") : value;
    }

    /// <summary>Gets how many years a leaver's portfolio is kept before it may be deleted, or <see langword="null"/> when the policy sets none (national: unknown).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int? RetentionYearsAfterLeaving
    {
        get;
        init => field = value is < 0 ? throw new ArgumentOutOfRangeException(nameof(RetentionYearsAfterLeaving), value, "The retention must be 0 or more years.") : value;
    }

    /// <summary>
    /// Gets the readings applied to enrollment changes (transfers, repeated years, suspension) where the national
    /// text is not available; defaults to <see cref="EnrollmentPolicy.Default"/>. JSON section <c>enrollment</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public EnrollmentPolicy Enrollment { get; init => field = Guard.NotNull(value); } = EnrollmentPolicy.Default;

    /// <summary>
    /// Gets a value indicating whether the supervising teacher (指導教師) named on a course learning outcome may
    /// certify it besides the course teacher (白河商工學生學習歷程檔案作業補充規定 四(二)二 備註 「經任課或指導教師認證」).
    /// National baseline: no; the 白河 preset turns it on. JSON: <c>certification.supervisingTeachers</c>.
    /// </summary>
    public bool SupervisingTeachersMayCertify { get; init; }

    /// <summary>Gets the rules the school's submission calendar must follow.</summary>
    public required WindowPolicy Windows { get; init => field = Guard.NotNull(value); } = new(0, 0, 3, true);

    /// <summary>Gets the required fields per multi-performance category; a category not listed has none.</summary>
    /// <exception cref="ArgumentException">A requirement is <see langword="null"/> or a category is listed twice.</exception>
    public IReadOnlyList<PerformanceRequirement> RequiredPerformanceFields
    {
        get => _required;
        init => _required = CheckRequirements(value);
    }

    /// <summary>Returns the media rule of an accepted type.</summary>
    /// <param name="mediaType">The media type.</param>
    /// <param name="rule">The rule when the policy accepts the type.</param>
    /// <returns><see langword="true"/> when the policy accepts the type.</returns>
    public bool TryGetMediaRule(MediaType mediaType, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MediaRule? rule)
    {
        foreach (var r in _media.AsSpan())
        {
            if (r.MediaType == mediaType)
            {
                rule = r;
                return true;
            }
        }

        rule = null;
        return false;
    }

    /// <summary>
    /// Returns the first day a leaver's portfolio may be deleted under <see cref="RetentionYearsAfterLeaving"/>,
    /// counted as the statutes count periods (民法 第120條第2項、第121條, 行政程序法 第48條): the leaving day is not
    /// counted, the period runs from the next day and ends at the end of the day before the corresponding day of the
    /// last year; the data may be deleted from the day after that. A student who left on 2026-07-31 with 5 years is
    /// retained through 2031-07-31 and deletable from 2031-08-01.
    /// </summary>
    /// <param name="leftOn">The day the student left the school (graduated, withdrew or transferred out).</param>
    /// <returns>The first deletable day, or <see langword="null"/> when the policy sets no period.</returns>
    public LocalDate? RetentionEndsOn(LocalDate leftOn) => RetentionYearsAfterLeaving is { } years ? StatutoryPeriod.FirstDayAfter(leftOn, Period.FromYears(years)) : null;

    /// <summary>Returns the required fields of a multi-performance category.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The field names; empty when none are required.</returns>
    public IReadOnlyList<string> GetRequiredFields(PerformanceCategory category)
    {
        foreach (var requirement in _required.AsSpan())
        {
            if (requirement.Category == category)
            {
                return requirement.Fields;
            }
        }

        return [];
    }

    /// <summary>Loads a policy from a UTF-8 JSON stream (see <c>docs/policies.md</c> for the format).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="PolicyFormatException">The JSON is malformed or a field is missing or invalid, or the stream holds more than <see cref="MaxBytes"/> bytes; the exception names the field and line.</exception>
    public static PortfolioPolicy Read(Stream utf8Json) =>
        PolicyJsonReader.Read(BoundedRead.ToEnd(Guard.NotNull(utf8Json), MaxBytes, () => PolicyJsonReader.TooLarge(null)), null);

    /// <summary>
    /// The largest policy document read, in bytes (4 MiB; the presets are a few kilobytes). A larger file, stream or
    /// text is a <see cref="PolicyFormatException"/> naming this limit; a stream or file is read no further than it.
    /// </summary>
    public const int MaxBytes = 4 << 20;

    /// <summary>Loads a policy from UTF-8 JSON bytes.</summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="PolicyFormatException">The JSON is malformed or a field is missing or invalid.</exception>
    public static PortfolioPolicy Read(ReadOnlySpan<byte> utf8Json) => PolicyJsonReader.Read(utf8Json, null);

    /// <summary>Loads a policy from a JSON file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="PolicyFormatException">The JSON is malformed or a field is missing or invalid, or the file holds more than <see cref="MaxBytes"/> bytes; the exception names the file, field and line.</exception>
    public static PortfolioPolicy ReadFile(string path) =>
        PolicyJsonReader.Read(BoundedRead.File(Guard.NotNull(path), MaxBytes, () => PolicyJsonReader.TooLarge(path)), path);

    /// <summary>Parses a policy from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="PolicyFormatException">The JSON is malformed or a field is missing or invalid.</exception>
    public static PortfolioPolicy Parse(string json) =>
        PolicyJsonReader.Read(System.Text.Encoding.UTF8.GetBytes(Guard.NotNull(json)), null);

    /// <summary>Returns <c>id version</c>, e.g. <c>songshan 112-08-23</c>.</summary>
    /// <returns>The identifier and version.</returns>
    public override string ToString() => ErrorText.Mask($"{Id} {Version}");

    internal static bool IsValidId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 64 && id.All(static c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string CheckId(string value) =>
        IsValidId(value) ? value : throw new ArgumentException("A policy id is 1 to 64 characters from A-Z, a-z, 0-9, '-' and '_'.", nameof(value));

    private static string CheckText(string value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"The {name} must not be empty.", name) : value;

    private static int NonNegative(int value, string name) =>
        value < 0 ? throw new ArgumentOutOfRangeException(name, value, "The cap must be 0 or more.") : value;

    private static ValueList<MediaRule> CheckMedia(IReadOnlyList<MediaRule> value) => Unique(value, static m => m.MediaType, "media type");

    private static ValueList<PerformanceRequirement> CheckRequirements(IReadOnlyList<PerformanceRequirement> value) => Unique(value, static r => r.Category, "category");

    private static ValueList<T> Unique<T, TKey>(IReadOnlyList<T> value, Func<T, TKey> key, string what)
    {
        ArgumentNullException.ThrowIfNull(value);
        var list = ValueList<T>.From(value, nameof(value));
        var seen = new HashSet<TKey>();
        foreach (var item in list)
        {
            if (!seen.Add(key(item)))
            {
                throw new ArgumentException($"The {what} {key(item)} is listed twice.", nameof(value));
            }
        }

        return list;
    }
}
