using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Text;
using StudentPortfolio.Internal;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Policies;

/// <summary>
/// Reads a policy JSON file with System.Text.Json source generation (<see cref="PolicyJsonContext"/>: no
/// reflection, trimming and AOT safe) after a linear check for well-formedness and duplicate properties
/// (<see cref="JsonCheck"/>), then maps it onto a <see cref="PortfolioPolicy"/>, merging over the preset named by
/// <c>basedOn</c>. Every error names the JSON path and the line and column where the offending value starts.
/// </summary>
internal sealed class PolicyJsonReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly byte[] _utf8;
    private readonly int _bom;
    private readonly string? _source;

    private PolicyJsonReader(byte[] utf8, string? source)
    {
        _utf8 = utf8;
        _bom = utf8.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        _source = source;
    }

    private ReadOnlySpan<byte> Json => _utf8.AsSpan(_bom);

    public static PortfolioPolicy Read(ReadOnlySpan<byte> utf8Json, string? source)
    {
        if (utf8Json.Length > PortfolioPolicy.MaxBytes)
        {
            throw TooLarge(source);
        }

        var reader = new PolicyJsonReader(utf8Json.ToArray(), source);
        return reader.Map(reader.Parse());
    }

    /// <summary>The error for a policy document over <see cref="PortfolioPolicy.MaxBytes"/>.</summary>
    public static PolicyFormatException TooLarge(string? source) =>
        new(string.Create(CultureInfo.InvariantCulture, $"The policy is larger than {PortfolioPolicy.MaxBytes:N0} bytes, the limit (PortfolioPolicy.MaxBytes)."), "$", 0, 0, source);

    private PolicyFile Parse()
    {
        if (JsonCheck.Check(Json, ReaderOptions, "The policy file") is { } problem)
        {
            throw new PolicyFormatException(problem.Message, problem.Path, problem.Line, Column(problem.Line, problem.Column), _source, problem.Inner);
        }

        try
        {
            return JsonSerializer.Deserialize(Json, PolicyJsonContext.Default.PolicyFile)
                ?? throw Fail("$", "Expected an object but found null.");
        }
        catch (JsonException e)
        {
            var path = e.Path ?? "$";
            var (_, _, token) = JsonCheck.Locate(Json, ReaderOptions, path);
            var message = e is JsonInputException ? e.Message : $"Expected {Structure(e)} but found {JsonTokenNames.Describe(token)}.";
            throw Fail(path, message);
        }
    }

    private PortfolioPolicy Map(PolicyFile file)
    {
        CheckNames(file.Unknown, "$", PolicyJsonContext.Default.PolicyFile);
        PortfolioPolicy? baseline = null;
        var basedOn = file.BasedOn;
        if (basedOn is not null && !PolicyPresets.TryGet(basedOn, out baseline))
        {
            throw Fail("$.basedOn", $"Unknown preset '{basedOn}'; expected one of {string.Join(", ", PolicyPresets.Ids)}.");
        }

        var id = file.Id ?? throw Fail("$.id", "The field is required.");
        if (!PortfolioPolicy.IsValidId(id))
        {
            throw Fail("$.id", "A policy id is 1 to 64 characters from A-Z, a-z, 0-9, '-' and '_'.");
        }

        var name = NonEmpty(file.Name, "$.name");
        var version = NonEmpty(file.Version, "$.version");
        var effective = Date(file.EffectiveFrom ?? throw Fail("$.effectiveFrom", "The field is required."), "$.effectiveFrom");
        var regulation = file.Regulation ?? baseline?.Regulation ?? string.Empty;

        var outcomes = Section(file.Outcomes, "$.outcomes", baseline is null, PolicyJsonContext.Default.PolicyItemSection);
        var performances = Section(file.Performances, "$.performances", baseline is null, PolicyJsonContext.Default.PolicyItemSection);
        var picks = Section(file.ApplicationPicks, "$.applicationPicks", baseline is null, PolicyJsonContext.Default.PolicyPickSection);
        var description = Section(file.Description, "$.description", baseline is null, PolicyJsonContext.Default.PolicyDescriptionSection);
        var retention = Section(file.Retention, "$.retention", required: false, PolicyJsonContext.Default.PolicyRetentionSection);
        var windows = Section(file.Windows, "$.windows", baseline is null, PolicyJsonContext.Default.PolicyWindowSection);
        var enrollment = Section(file.Enrollment, "$.enrollment", required: false, PolicyJsonContext.Default.PolicyEnrollmentSection);
        var files = Section(file.Files, "$.files", required: false, PolicyJsonContext.Default.PolicyFilesSection);
        if (outcomes?.LateItemWeeks is not null)
        {
            throw Fail("$.outcomes.lateItemWeeks", "The field belongs to the performances section: only multi-performance items may be selected in the following year.");
        }

        var certification = Section(file.Certification, "$.certification", required: false, PolicyJsonContext.Default.PolicyCertificationSection);
        var enrollmentBase = baseline?.Enrollment ?? EnrollmentPolicy.Default;

        return new PortfolioPolicy
        {
            Id = id,
            Name = name,
            Version = version,
            EffectiveFrom = effective,
            BasedOn = basedOn,
            Regulation = regulation,
            OutcomeUploads = Uploads(outcomes, "$.outcomes", baseline?.OutcomeUploads),
            OutcomeSelectionsPerYear = Count(outcomes?.SelectedPerYear, "$.outcomes.selectedPerYear", baseline?.OutcomeSelectionsPerYear),
            PerformanceUploads = Uploads(performances, "$.performances", baseline?.PerformanceUploads),
            PerformanceSelectionsPerYear = Count(performances?.SelectedPerYear, "$.performances.selectedPerYear", baseline?.PerformanceSelectionsPerYear),
            ApplicationPicks = new ApplicationPickLimits(
                Count(picks?.UniversityOutcomes, "$.applicationPicks.universityOutcomes", baseline?.ApplicationPicks.UniversityOutcomes),
                Count(picks?.UniversityPerformances, "$.applicationPicks.universityPerformances", baseline?.ApplicationPicks.UniversityPerformances),
                Count(picks?.TechnicalCollegeOutcomes, "$.applicationPicks.technicalCollegeOutcomes", baseline?.ApplicationPicks.TechnicalCollegeOutcomes),
                Count(picks?.TechnicalCollegePerformances, "$.applicationPicks.technicalCollegePerformances", baseline?.ApplicationPicks.TechnicalCollegePerformances)),
            Description = new DescriptionLimit(
                Bool(description?.Required, "$.description.required", baseline?.Description.Required),
                Count(description?.MaxCharacters, "$.description.maxCharacters", baseline?.Description.MaxCharacters, minimum: 1)),
            Media = MediaRules(file.Media, baseline),
            DocumentFilesPerItem = OptionalCount(files?.DocumentsPerItem, "$.files.documentsPerItem", baseline is null ? null : baseline.DocumentFilesPerItem),
            AudioVideoFilesPerItem = OptionalCount(files?.AudioVideoPerItem, "$.files.audioVideoPerItem", baseline is null ? null : baseline.AudioVideoFilesPerItem),
            LatePerformanceWeeks = performances?.LateItemWeeks is { } weeks ? (int)Range(weeks, "$.performances.lateItemWeeks", 0, 52) : baseline?.LatePerformanceWeeks ?? 0,
            RetentionYearsAfterLeaving = OptionalCount(retention?.YearsAfterLeaving, "$.retention.yearsAfterLeaving", baseline?.RetentionYearsAfterLeaving),
            Windows = new WindowPolicy(
                Count(windows?.UploadDaysAfterClosingCeremony, "$.windows.uploadDaysAfterClosingCeremony", baseline?.Windows.UploadDaysAfterClosingCeremony),
                Count(windows?.ReceiptConfirmationMinimumDays, "$.windows.receiptConfirmationMinimumDays", baseline?.Windows.ReceiptConfirmationMinimumDays),
                Count(windows?.GraduatingGrade, "$.windows.graduatingGrade", baseline?.Windows.GraduatingGrade, minimum: 1, maximum: StudentBasicData.MaxGrade),
                Bool(windows?.ExemptGraduatingSecondSemester, "$.windows.exemptGraduatingSecondSemester", baseline?.Windows.ExemptGraduatingSecondSemester),
                Bool(windows?.RequireSelfCheck, "$.windows.requireSelfCheck", baseline?.Windows.RequireSelfCheck ?? false)),
            RequiredPerformanceFields = Requirements(file.RequiredPerformanceFields, baseline),
            SupervisingTeachersMayCertify = Bool(certification?.SupervisingTeachers, "$.certification.supervisingTeachers", baseline?.SupervisingTeachersMayCertify ?? false),
            Enrollment = new EnrollmentPolicy(
                Bool(enrollment?.CountTransferYearAcrossSchools, "$.enrollment.countTransferYearAcrossSchools", enrollmentBase.CountTransferYearAcrossSchools),
                Bool(enrollment?.RepeatedYearHasFreshQuota, "$.enrollment.repeatedYearHasFreshQuota", enrollmentBase.RepeatedYearHasFreshQuota),
                Bool(enrollment?.RequireCertifiedTransferOutcomes, "$.enrollment.requireCertifiedTransferOutcomes", enrollmentBase.RequireCertifiedTransferOutcomes),
                Bool(enrollment?.ExemptTermsEndingInSuspension, "$.enrollment.exemptTermsEndingInSuspension", enrollmentBase.ExemptTermsEndingInSuspension),
                Bool(enrollment?.TransferredItemsCountTowardUploadCaps, "$.enrollment.transferredItemsCountTowardUploadCaps", enrollmentBase.TransferredItemsCountTowardUploadCaps)),
        };
    }

    private UploadLimit Uploads(PolicyItemSection? section, string path, UploadLimit? baseline)
    {
        var uploadsPath = path + ".uploads";
        var node = section?.Uploads;
        if (node is null)
        {
            return baseline ?? throw Fail(uploadsPath, "The field is required (or set \"basedOn\").");
        }

        CheckNames(node.Unknown, uploadsPath, PolicyJsonContext.Default.PolicyUploadSection);
        var min = OptionalCount(node.Min, uploadsPath + ".min", baseline?.Minimum);
        var max = OptionalCount(node.Max, uploadsPath + ".max", baseline?.Maximum);
        var per = node.Per is null
            ? baseline?.Period ?? throw Fail(uploadsPath + ".per", "The field is required: \"semester\" or \"academicYear\".")
            : node.Per switch
            {
                "semester" => QuotaPeriod.Semester,
                "academicYear" => QuotaPeriod.AcademicYear,
                var other => throw Fail(uploadsPath + ".per", $"'{other}' is not a period; expected \"semester\" or \"academicYear\"."),
            };
        var severity = node.MinSeverity is null
            ? baseline?.MinimumSeverity ?? Severity.Warning
            : node.MinSeverity switch
            {
                "warning" => Severity.Warning,
                "error" => Severity.Error,
                var other => throw Fail(uploadsPath + ".minSeverity", $"'{other}' is not a severity; expected \"warning\" or \"error\"."),
            };
        if (min is not null && max is not null && min > max)
        {
            throw Fail(uploadsPath + (node.Min is null ? string.Empty : ".min"), $"The minimum {min} exceeds the maximum {max}.");
        }

        return new UploadLimit(min, max, per, severity);
    }

    private List<MediaRule> MediaRules(List<PolicyMediaEntry>? entries, PortfolioPolicy? baseline)
    {
        if (entries is null)
        {
            return baseline is not null ? [.. baseline.Media] : throw Fail("$.media", "The field is required (or set \"basedOn\").");
        }

        var list = new List<MediaRule>(entries.Count);
        var seen = new HashSet<MediaType>();
        for (var i = 0; i < entries.Count; i++)
        {
            var path = JsonCheck.Item("$.media", i);
            var item = entries[i] ?? throw Fail(path, "Expected an object but found null.");
            CheckNames(item.Unknown, path, PolicyJsonContext.Default.PolicyMediaEntry);
            var text = item.MediaType ?? throw Fail(path + ".mediaType", "The field is required.");
            if (!MediaType.TryParse(text, out var type))
            {
                throw Fail(path + ".mediaType", $"'{text}' is not a media type of the form type/subtype.");
            }

            if (!seen.Add(type))
            {
                throw Fail(path + ".mediaType", $"The media type {type} is listed twice.");
            }

            var size = item.MaxBytes ?? throw Fail(path + ".maxBytes", "The field is required.");
            list.Add(new MediaRule(type, Range(size, path + ".maxBytes", 1, long.MaxValue), Extensions(item.Extensions, path + ".extensions")));
        }

        return list;
    }

    private List<string>? Extensions(List<string>? given, string path)
    {
        if (given is null)
        {
            return null;
        }

        var list = new List<string>(given.Count);
        for (var i = 0; i < given.Count; i++)
        {
            var e = given[i];
            if (!MediaRule.IsValidExtension(e))
            {
                throw Fail(JsonCheck.Item(path, i), $"'{e}' is not a file-name extension; expected 1 to 16 characters without a dot, slash or space, e.g. \"pdf\".");
            }

            if (list.Contains(e, StringComparer.OrdinalIgnoreCase))
            {
                throw Fail(JsonCheck.Item(path, i), $"The extension '{e}' is listed twice.");
            }

            list.Add(e);
        }

        return list;
    }

    private List<PerformanceRequirement> Requirements(Dictionary<string, List<string>>? given, PortfolioPolicy? baseline)
    {
        var result = new List<PerformanceRequirement>();
        if (given is null)
        {
            return baseline is null ? result : [.. baseline.RequiredPerformanceFields];
        }

        var categories = new HashSet<PerformanceCategory>();
        foreach (var (name, value) in given)
        {
            var path = JsonCheck.Child("$.requiredPerformanceFields", name);
            if (!DetailsFields.TryParse(name, out var category))
            {
                var names = string.Join(", ", DetailsFields.All.Select(c => c.Name));
                throw Fail(path, $"'{name}' is not a multi-performance category; expected one of {names}.");
            }

            if (value is null)
            {
                throw Fail(path, "Expected an array of field names but found null.");
            }

            var fields = new List<string>(value.Count);
            for (var i = 0; i < value.Count; i++)
            {
                var field = value[i];
                if (!DetailsFields.Of(category).IsField(field))
                {
                    throw Fail(JsonCheck.Item(path, i), $"'{field}' is not a field of the {name} category; expected one of {string.Join(", ", DetailsFields.Of(category).Names)}.");
                }

                if (fields.Contains(field))
                {
                    throw Fail(JsonCheck.Item(path, i), $"The field '{field}' is listed twice.");
                }

                fields.Add(field);
            }

            categories.Add(category);
            result.Add(new PerformanceRequirement(category, fields));
        }

        if (baseline is not null)
        {
            result.AddRange(baseline.RequiredPerformanceFields.Where(inherited => !categories.Contains(inherited.Category)));
        }

        return result;
    }

    private T? Section<T>(T? section, string path, bool required, JsonTypeInfo<T> info)
        where T : JsonSection
    {
        if (section is null)
        {
            return required ? throw Fail(path, "The field is required (or set \"basedOn\").") : null;
        }

        CheckNames(section.Unknown, path, info);
        return section;
    }

    private int Count(long? value, string path, int? baseline, int minimum = 0, int maximum = int.MaxValue) =>
        value is { } v ? (int)Range(v, path, minimum, maximum) : baseline ?? throw Fail(path, "The field is required (or set \"basedOn\").");

    private int? OptionalCount(PolicyCount? value, string path, int? baseline) =>
        value is null ? baseline : value.Value is { } v ? (int)Range(v, path, 0, int.MaxValue) : null;

    private bool Bool(bool? value, string path, bool? baseline) =>
        value ?? baseline ?? throw Fail(path, "The field is required (or set \"basedOn\").");

    private long Range(long value, string path, long minimum, long maximum)
    {
        if (value < minimum || value > maximum)
        {
            var range = maximum == int.MaxValue || maximum == long.MaxValue ? $"{minimum} or more" : $"from {minimum} to {maximum}";
            throw Fail(path, $"The value {value} is out of range; expected {range}.");
        }

        return value;
    }

    private string NonEmpty(string? text, string path)
    {
        if (text is null)
        {
            throw Fail(path, "The field is required.");
        }

        return string.IsNullOrWhiteSpace(text) ? throw Fail(path, "The value must not be empty.") : text;
    }

    private LocalDate Date(string text, string path)
    {
        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw Fail(path, $"'{text}' is not an ISO date (yyyy-MM-dd).");
    }

    private void CheckNames(Dictionary<string, JsonElement>? unknown, string path, JsonTypeInfo info)
    {
        if (unknown is { Count: > 0 })
        {
            var name = unknown.Keys.First();
            var names = info.Properties.Select(p => p.Name).Where(n => n[0] != '$');
            throw Fail(JsonCheck.Child(path, name), $"Unknown field '{name}'; expected one of {string.Join(", ", names)}.");
        }
    }

    private static string Structure(JsonException e) =>
        e.Message.Contains("List`1", StringComparison.Ordinal) ? "an array" : "an object";

    private long Column(long line, long column) => line == 1 ? column + _bom : column;

    private PolicyFormatException Fail(string path, string message)
    {
        var (line, column, _) = JsonCheck.Locate(Json, ReaderOptions, path);

        // Field names and values are quoted in messages and paths: mask anything shaped like a national ID.
        return new PolicyFormatException(ErrorText.Mask(message), ErrorText.Mask(path), line, Column(line, column), _source);
    }
}
