using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using NodaTime;
using StudentPortfolio.Identity;
using StudentPortfolio.Internal;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;
using StudentPortfolio.Rules;
using StudentPortfolio.Validation;

namespace StudentPortfolio.Bulk;

/// <summary>
/// The policy rules of <see cref="PortfolioValidator"/> evaluated on the facts the bulk evaluator collected:
/// selection caps per academic year, upload minimums and maximums per term or year, descriptions, files, date order,
/// required multi-performance fields, certification of selected outcomes and the same work selected twice. Every
/// decision is made by the shared check functions (<see cref="QuotaChecks"/>, <see cref="ContentChecks"/>,
/// <see cref="SelectionChecks"/>), so a limit has one definition; only the reporting (paths, arguments) lives here.
/// </summary>
/// <remarks>Stateless apart from the policy: shared by all workers. Allocates only when it reports.</remarks>
internal sealed class PolicyFactsRule : IStudentFactsRule
{
    private readonly PortfolioPolicy _policy;
    private readonly string _acceptedTypes;
    private readonly byte[][][] _requiredUtf8;   // by PerformanceCategory value
    private readonly string[][] _required;

    public PolicyFactsRule(PortfolioPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        _policy = policy;
        _acceptedTypes = ContentChecks.AcceptedTypes(policy);
        var categories = Enum.GetValues<PerformanceCategory>();
        var max = 0;
        foreach (var c in categories)
        {
            max = Math.Max(max, (int)c);
        }

        _required = new string[max + 1][];
        _requiredUtf8 = new byte[max + 1][][];
        for (var c = 0; c <= max; c++)
        {
            var fields = Enum.IsDefined((PerformanceCategory)c) ? policy.GetRequiredFields((PerformanceCategory)c) : [];
            _required[c] = new string[fields.Count];
            _requiredUtf8[c] = new byte[fields.Count][];
            for (var f = 0; f < fields.Count; f++)
            {
                _required[c][f] = fields[f];
                _requiredUtf8[c][f] = Encoding.UTF8.GetBytes(fields[f]);
            }
        }
    }

    public void Evaluate(StudentFacts facts, StudentIssueSink issues)
    {
        CheckYears(facts, issues);
        var outcomes = CollectionsMarshal.AsSpan(facts.Outcomes);
        for (var i = 0; i < outcomes.Length; i++)
        {
            ref readonly var o = ref outcomes[i];
            CheckDescription(facts, o, issues);
            CheckFiles(facts, o, issues);
            CheckCertification(facts, o, issues);
        }

        CheckDuplicateSelections(facts, outcomes, issues);
        var performances = CollectionsMarshal.AsSpan(facts.Performances);
        for (var i = 0; i < performances.Length; i++)
        {
            ref readonly var p = ref performances[i];
            CheckDescription(facts, p, issues);
            CheckFiles(facts, p, issues);
            CheckDates(facts, p, issues);
            CheckRequiredFields(facts, p, issues);
        }
    }

    private void CheckYears(StudentFacts facts, StudentIssueSink issues)
    {
        foreach (var year in CollectionsMarshal.AsSpan(facts.Years))
        {
            if (QuotaChecks.OverCap(year.SelectedOutcomes, _policy.OutcomeSelectionsPerYear))
            {
                issues.Add(QuotaRules.OutcomeSelectionsPerYear, null, facts.Prefix + ".outcomes", Text(year.Year), Text(year.SelectedOutcomes), Text(_policy.OutcomeSelectionsPerYear));
            }

            if (QuotaChecks.OverCap(year.SelectedPerformances, _policy.PerformanceSelectionsPerYear))
            {
                issues.Add(QuotaRules.PerformanceSelectionsPerYear, null, facts.Prefix + ".performances", Text(year.Year), Text(year.SelectedPerformances), Text(_policy.PerformanceSelectionsPerYear));
            }

            CheckUploads(facts, year.Year, year.OutcomesFirstSemester, year.OutcomesSecondSemester, _policy.OutcomeUploads, outcomes: true, issues);
            CheckUploads(facts, year.Year, year.PerformancesFirstSemester, year.PerformancesSecondSemester, _policy.PerformanceUploads, outcomes: false, issues);
        }
    }

    // Like QuotaTally: only periods with at least one upload are checked (the bulk path knows no enrolled terms).
    private void CheckUploads(StudentFacts facts, int year, int first, int second, UploadLimit limit, bool outcomes, StudentIssueSink issues)
    {
        if (limit.Minimum is null && limit.Maximum is null)
        {
            return;
        }

        if (limit.Period == QuotaPeriod.AcademicYear)
        {
            Upload(facts, year, 0, first + second, limit, outcomes, issues);
            return;
        }

        Upload(facts, year, 1, first, limit, outcomes, issues);
        Upload(facts, year, 2, second, limit, outcomes, issues);
    }

    // semester 0 = the whole academic year; the period label is built only when reporting.
    private void Upload(StudentFacts facts, int year, int semester, int count, UploadLimit limit, bool outcomes, StudentIssueSink issues)
    {
        if (count == 0 || QuotaChecks.Uploads(count, limit, outcomes) is not { } rule)
        {
            return;
        }

        var period = semester == 0 ? Text(year) : string.Create(CultureInfo.InvariantCulture, $"{year}-{semester}");

        var isMinimum = rule == QuotaRules.OutcomeUploadsBelowMinimum || rule == QuotaRules.PerformanceUploadsBelowMinimum;
        var bound = isMinimum ? limit.Minimum!.Value : limit.Maximum!.Value;
        issues.Add(rule, isMinimum ? limit.MinimumSeverity : null, null, facts.Prefix + (outcomes ? ".outcomes" : ".performances"), period, Text(count), Text(bound), _policy.Id);
    }

    private void CheckDescription(StudentFacts facts, in RecordFact record, StudentIssueSink issues)
    {
        if (record.DescriptionLength < 0)
        {
            return; // absent: the importer reports the missing property
        }

        var rule = ContentChecks.Description(record.DescriptionLength, record.DescriptionBlank, _policy.Description);
        if (rule is null)
        {
            return;
        }

        var id = facts.RecordIdOf(record);
        var path = facts.PathOf(record.Kind, record.Index, "description");
        if (rule == ContentRules.DescriptionEmpty)
        {
            issues.Add(rule, id, path, IdText(id));
        }
        else
        {
            issues.Add(rule, id, path, IdText(id), Text(record.DescriptionLength), Text(_policy.Description.MaxCharacters));
        }
    }

    private void CheckFiles(StudentFacts facts, in RecordFact record, StudentIssueSink issues)
    {
        var files = CollectionsMarshal.AsSpan(facts.Files).Slice(record.FileStart, record.FileCount);
        foreach (ref readonly var file in files)
        {
            if (file.SizeBytes < 0 || !TryMediaType(facts, file, out var mediaType))
            {
                continue; // absent or malformed: reported as an import problem
            }

            var rule = ContentChecks.File(mediaType, file.SizeBytes, _policy, out var maxBytes);
            if (rule is null)
            {
                continue;
            }

            var id = facts.RecordIdOf(record);
            var fileName = Encoding.UTF8.GetString(facts.Stored(file.NameStart, file.NameLength));
            if (rule == ContentRules.FileTypeNotAllowed)
            {
                issues.Add(rule, id, facts.PathOf(file, "mediaType"), IdText(id), fileName, mediaType.ToString(), _acceptedTypes);
            }
            else
            {
                issues.Add(rule, id, facts.PathOf(file, "sizeBytes"), IdText(id), fileName, ContentChecks.Text(file.SizeBytes), mediaType.ToString(), ContentChecks.Text(maxBytes));
            }
        }
    }

    private static bool TryMediaType(StudentFacts facts, in FileFact file, out MediaType mediaType)
    {
        switch (file.MediaType)
        {
            case FileMediaType.Pdf: mediaType = MediaType.Pdf; return true;
            case FileMediaType.Jpeg: mediaType = MediaType.Jpeg; return true;
            case FileMediaType.Png: mediaType = MediaType.Png; return true;
            case FileMediaType.Mp3: mediaType = MediaType.Mp3; return true;
            case FileMediaType.Mp4: mediaType = MediaType.Mp4; return true;
            case FileMediaType.Other:
                // Rare (a type outside the common five): decoded only here.
                return MediaType.TryParse(Encoding.UTF8.GetString(facts.Stored(file.TypeStart, file.TypeLength)), out mediaType);
            default:
                mediaType = default;
                return false;
        }
    }

    private static void CheckCertification(StudentFacts facts, in RecordFact outcome, StudentIssueSink issues)
    {
        var certified = outcome.CertificationStatus == 1 + (int)CertificationStatus.Certified;
        var unchanged = certified && outcome.CertifiedHashLength > 0 && outcome.ContentHashLength > 0
            && System.Text.Ascii.EqualsIgnoreCase(facts.Stored(outcome.CertifiedHashStart, outcome.CertifiedHashLength), facts.Stored(outcome.ContentHashStart, outcome.ContentHashLength));
        if (!SelectionChecks.SelectedButNotCertified(outcome.Selected, unchanged))
        {
            return;
        }

        var state = outcome.CertificationStatus == 1 + (int)CertificationStatus.Pending ? "pending"
            : outcome.CertificationStatus == 1 + (int)CertificationStatus.Rejected ? "rejected"
            : "changedAfterCertification";
        var id = facts.RecordIdOf(outcome);
        issues.Add(SelectionRules.SelectedOutcomeNotCertified, id, facts.PathOf(outcome.Kind, outcome.Index, "selected"), IdText(id), state);
    }

    // The same work (identical content hash) selected under two ids; selected outcomes are few, so pairwise.
    private static void CheckDuplicateSelections(StudentFacts facts, ReadOnlySpan<RecordFact> outcomes, StudentIssueSink issues)
    {
        for (var i = 0; i < outcomes.Length; i++)
        {
            ref readonly var o = ref outcomes[i];
            if (!o.Selected || o.ContentHashLength == 0)
            {
                continue;
            }

            var others = 0;
            var hash = facts.Stored(o.ContentHashStart, o.ContentHashLength);
            for (var j = 0; j < outcomes.Length; j++)
            {
                ref readonly var other = ref outcomes[j];
                if (j != i && other.Selected && other.ContentHashLength == hash.Length
                    && System.Text.Ascii.EqualsIgnoreCase(hash, facts.Stored(other.ContentHashStart, other.ContentHashLength)))
                {
                    others++;
                }
            }

            if (others > 0)
            {
                var id = facts.RecordIdOf(o);
                issues.Add(SelectionRules.DuplicateSelection, id, facts.PathOf(o.Kind, o.Index, "selected"), IdText(id), Text(others));
            }
        }
    }

    private static void CheckDates(StudentFacts facts, in RecordFact record, StudentIssueSink issues)
    {
        LocalDate? start = record.EndDate is null ? null : record.StartDate;
        if (!ContentChecks.DatesOutOfOrder(start, record.EndDate))
        {
            return;
        }

        var id = facts.RecordIdOf(record);
        issues.Add(ContentRules.DateOrder, id, facts.PathOf(record.Kind, record.Index, "details.endDate"), IdText(id), ContentChecks.Text(start!.Value), ContentChecks.Text(record.EndDate!.Value));
    }

    private void CheckRequiredFields(StudentFacts facts, in RecordFact record, StudentIssueSink issues)
    {
        if (record.Category <= 0 || record.Category >= _required.Length)
        {
            return;
        }

        var required = _requiredUtf8[record.Category];
        var members = CollectionsMarshal.AsSpan(facts.DetailMembers).Slice(record.DetailsStart, record.DetailsCount);
        for (var f = 0; f < required.Length; f++)
        {
            if (Has(facts, members, required[f]))
            {
                continue;
            }

            var id = facts.RecordIdOf(record);
            var field = _required[record.Category][f];
            issues.Add(ContentRules.RequiredFieldMissing, id, facts.PathOf(record.Kind, record.Index, "details." + field), IdText(id), PerformanceFields.CategoryName((PerformanceCategory)record.Category), field);
        }
    }

    private static bool Has(StudentFacts facts, ReadOnlySpan<(int Start, int Length)> members, byte[] name)
    {
        foreach (var (start, length) in members)
        {
            if (length == name.Length && facts.Stored(start, length).SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }

    private static string IdText(RecordId? id) => id?.ToString() ?? string.Empty;

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
