using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using NodaTime;
using NodaTime.Text;
using StudentPortfolio.Calendar;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Validation;

/// <summary>
/// The one evaluator of the policy rules: quotas (SP-Q), selection (SP-S), content (SP-C), data integrity (SP-D),
/// windows (SP-W, given a calendar) and enrollment changes (SP-E), decided on a student's <see cref="StudentFacts"/>,
/// then the school's own rules (<see cref="ISchoolRule"/>) on a read-only view of the same facts.
/// <see cref="PortfolioValidator"/> and the bulk validator are drivers that build the facts and call it.
/// </summary>
/// <remarks>Immutable: one instance serves any number of threads; the per-student scratch lives in a <see cref="Scratch"/>.</remarks>
internal sealed class RuleEvaluator
{
    private readonly PortfolioPolicy _policy;   // the latest version: rules not tied to one term
    private readonly PolicyHistory _history;
    private readonly VersionRules[] _versions;  // by PolicyHistory index
    private readonly SubmissionCalendar? _calendar;

    public RuleEvaluator(PortfolioPolicy policy, SubmissionCalendar? calendar)
        : this(PolicyHistory.Of(policy), calendar)
    {
    }

    public RuleEvaluator(PolicyHistory history, SubmissionCalendar? calendar)
    {
        ArgumentNullException.ThrowIfNull(history);
        _history = history;
        _policy = history.Latest;
        _calendar = calendar;
        _versions = [.. history.Versions.Select(v => new VersionRules(v))];
    }

    /// <summary>Gets the latest policy version.</summary>
    public PortfolioPolicy Policy => _policy;

    /// <summary>Gets the policy versions.</summary>
    public PolicyHistory History => _history;

    /// <summary>Gets whether window rules are checked (a calendar was given).</summary>
    public bool HasCalendar => _calendar is not null;

    /// <summary>Runs every rule on one student's facts.</summary>
    public void Evaluate(StudentFacts facts, PortfolioValidationOptions options, StudentIssueSink issues, Scratch scratch)
    {
        CheckQuotas(facts, options, issues, scratch);
        var outcomes = CollectionsMarshal.AsSpan(facts.Outcomes);
        for (var i = 0; i < outcomes.Length; i++)
        {
            ref readonly var o = ref outcomes[i];
            var rules = RulesFor(o.Term);
            CheckContent(facts, o, rules, issues);
            CheckCourseTaken(facts, o, issues);
            CheckCertification(facts, o, issues);
            CheckSubmissionYear(facts, o, options, issues);
            CheckCertificationWindow(facts, o, issues);
        }

        CheckDuplicateSelections(facts, outcomes, issues, scratch);
        var performances = CollectionsMarshal.AsSpan(facts.Performances);
        for (var i = 0; i < performances.Length; i++)
        {
            ref readonly var p = ref performances[i];
            var rules = RulesFor(p.Term);
            CheckContent(facts, p, rules, issues);
            CheckDates(facts, p, issues);
            CheckRequiredFields(facts, p, rules, issues);
            CheckSubmissionYear(facts, p, options, issues);
        }

        CheckBeforeFirstVersion(facts, issues);

        if (!facts.DuplicateIdsReported)
        {
            CheckDuplicateIds(facts, facts.Cadres, issues, scratch);
            CheckDuplicateIds(facts, facts.Courses, issues, scratch);
            CheckDuplicateIds(facts, facts.Outcomes, issues, scratch);
            CheckDuplicateIds(facts, facts.Performances, issues, scratch);
        }

        CheckRetention(facts, options, issues);
        CheckEnrollment(facts, _policy.Enrollment, options, issues);
        options.SchoolRuleSet.Run(facts, issues);
    }

    // ---- Quotas (SP-Q001–SP-Q006): counted in QuotaCounter's buckets, so every EnrollmentPolicy switch applies. ----
    private void CheckQuotas(StudentFacts facts, PortfolioValidationOptions options, StudentIssueSink issues, Scratch scratch)
    {
        scratch.Clear();
        var switches = _policy.Enrollment;
        var history = facts.History;
        var home = facts.School ?? default;
        var ownSchool = facts.School?.ToString();
        foreach (ref readonly var o in CollectionsMarshal.AsSpan(facts.Outcomes))
        {
            if (o.Term.IsKnown)
            {
                var bucket = Bucket(facts, o, home, switches, out var semester);
                Count(scratch.OutcomeUploads, scratch.OutcomeSelections, bucket, bucket, semester, o.Selected, Uploaded(facts, o, ownSchool, switches));
            }
        }

        foreach (ref readonly var p in CollectionsMarshal.AsSpan(facts.Performances))
        {
            if (p.Term.IsKnown)
            {
                var bucket = Bucket(facts, p, home, switches, out var semester);
                var selectedIn = p.Selected && SelectedInFollowingYear(p, options)
                    ? QuotaCounter.Bucket(history, home, new Term(AcademicYear.FromRocYear(p.Term.Year).Next, Semester.First), CourseRecordKind.Regular, null, switches)
                    : bucket;
                Count(scratch.PerformanceUploads, scratch.PerformanceSelections, bucket, selectedIn, semester, p.Selected, Uploaded(facts, p, ownSchool, switches));
            }
        }

        // Terms the student was enrolled in are checked against upload minimums even with no upload.
        var minimum = false;
        foreach (var v in _versions)
        {
            minimum |= v.Policy.OutcomeUploads.Minimum is not null || v.Policy.PerformanceUploads.Minimum is not null;
        }

        foreach (var term in minimum ? ExpectedTerms(facts, options) : [])
        {
            var bucket = QuotaCounter.Bucket(history, home, term, CourseRecordKind.Regular, null, switches);
            scratch.OutcomeUploads.TryAdd((bucket, (int)term.Semester), 0);
            scratch.PerformanceUploads.TryAdd((bucket, (int)term.Semester), 0);
        }

        Selections(facts, scratch.OutcomeSelections, outcomes: true, issues);
        Selections(facts, scratch.PerformanceSelections, outcomes: false, issues);
        Uploads(facts, scratch.OutcomeUploads, scratch.YearUploads, outcomes: true, issues);
        Uploads(facts, scratch.PerformanceUploads, scratch.YearUploads, outcomes: false, issues);
    }

    /// <summary>
    /// Whether a record counts toward this school's upload caps: uploads made on the school's platform do; items brought
    /// in from an earlier school (a transfer record from another school, or an id carrying another school's code as
    /// exchanged records do) only when <see cref="EnrollmentPolicy.TransferredItemsCountTowardUploadCaps"/> is set.
    /// </summary>
    private static bool Uploaded(StudentFacts facts, in RecordFact record, string? ownSchool, EnrollmentPolicy switches)
    {
        if (switches.TransferredItemsCountTowardUploadCaps)
        {
            return true;
        }

        if (record.CourseKind == CourseRecordKind.Transfer && record.OriginSchool is { } origin && origin != facts.School)
        {
            return false;
        }

        // Exchanged ids are "{school}:{id}" (ExchangePackage): six school-code characters and a colon.
        var id = facts.IdBytes(record);
        return !(id.Length > 7 && id[6] == (byte)':' && SchoolCode.IsValid(id[..6]) && (ownSchool is null || !Ascii.Equals(id[..6], ownSchool)));
    }

    /// <summary>
    /// Whether a multi-performance item of year Y is selected in the submission of year Y + 1 under the late-item switch
    /// (<see cref="PortfolioPolicy.LatePerformanceWeeks"/> of the version for its term): it is dated in the last weeks of Y.
    /// </summary>
    private bool SelectedInFollowingYear(in RecordFact performance, PortfolioValidationOptions options) =>
        performance.Term.IsKnown && options.SubmissionYear is { } submission
        && submission.RocYear == performance.Term.Year + 1
        && ContentChecks.IsLateInYear(performance.ItemDate, AcademicYear.FromRocYear(performance.Term.Year), RulesFor(performance.Term).Policy.LatePerformanceWeeks);

    private static QuotaBucket Bucket(StudentFacts facts, in RecordFact record, SchoolCode home, EnrollmentPolicy switches, out int semester)
    {
        var term = record.Term.ToTerm();
        var origin = record.CourseKind == CourseRecordKind.Transfer ? Origin(record) : null;
        semester = (int)QuotaCounter.WorkTerm(term, record.CourseKind, origin).Semester;
        return QuotaCounter.Bucket(facts.History, home, term, record.CourseKind, origin, switches);
    }

    private static void Count(Dictionary<(QuotaBucket, int), int> uploads, Dictionary<QuotaBucket, int> selections, QuotaBucket bucket, QuotaBucket selectedIn, int semester, bool selected, bool uploaded)
    {
        if (uploaded)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(uploads, (bucket, semester), out _)++;
        }

        if (selected)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(selections, selectedIn, out _)++;
        }
    }

    // A yearly cap is judged by the version in force on the year's last day.
    private void Selections(StudentFacts facts, Dictionary<QuotaBucket, int> counts, bool outcomes, StudentIssueSink issues)
    {
        foreach (var (bucket, count) in counts)
        {
            var policy = RulesFor(bucket.Year).Policy;
            var cap = outcomes ? policy.OutcomeSelectionsPerYear : policy.PerformanceSelectionsPerYear;
            if (QuotaChecks.OverCap(count, cap))
            {
                var rule = outcomes ? QuotaRules.OutcomeSelectionsPerYear : QuotaRules.PerformanceSelectionsPerYear;
                issues.Add(rule, null, facts.Prefix + (outcomes ? ".outcomes" : ".performances"), bucket.Year.ToString(), Text(count), Text(cap));
            }
        }
    }

    // Each period is judged by the version in force on its last day, under that version's counting period.
    private void Uploads(StudentFacts facts, Dictionary<(QuotaBucket, int), int> perTerm, Dictionary<QuotaBucket, int> perYear, bool outcomes, StudentIssueSink issues)
    {
        perYear.Clear();
        foreach (var ((bucket, semester), count) in perTerm)
        {
            var policy = RulesFor(new TermFact(bucket.Year.RocYear, semester)).Policy;
            var limit = outcomes ? policy.OutcomeUploads : policy.PerformanceUploads;
            if (limit.Period == QuotaPeriod.Semester)
            {
                Upload(facts, string.Create(CultureInfo.InvariantCulture, $"{bucket.Year}-{semester}"), count, limit, policy, outcomes, issues);
            }

            CollectionsMarshal.GetValueRefOrAddDefault(perYear, bucket, out _) += count;
        }

        foreach (var (bucket, count) in perYear)
        {
            var policy = RulesFor(bucket.Year).Policy;
            var limit = outcomes ? policy.OutcomeUploads : policy.PerformanceUploads;
            if (limit.Period == QuotaPeriod.AcademicYear)
            {
                Upload(facts, bucket.Year.ToString(), count, limit, policy, outcomes, issues);
            }
        }
    }

    private static void Upload(StudentFacts facts, string period, int count, UploadLimit limit, PortfolioPolicy policy, bool outcomes, StudentIssueSink issues)
    {
        if (QuotaChecks.Uploads(count, limit, outcomes) is not { } rule)
        {
            return;
        }

        var isMinimum = rule == QuotaRules.OutcomeUploadsBelowMinimum || rule == QuotaRules.PerformanceUploadsBelowMinimum;
        var bound = isMinimum ? limit.Minimum!.Value : limit.Maximum!.Value;
        issues.Add(rule, isMinimum ? limit.MinimumSeverity : null, null, facts.Prefix + (outcomes ? ".outcomes" : ".performances"), period, Text(count), Text(bound), policy.Id);
    }

    /// <summary>
    /// The terms whose upload minimums are checked: the caller's <see cref="PortfolioValidationOptions.EnrolledTerms"/>,
    /// or else, from the enrollment history, every term up to the submission term (or the latest term with a record)
    /// in which the student was registered at their school and not suspended throughout.
    /// </summary>
    private static IEnumerable<Term> ExpectedTerms(StudentFacts facts, PortfolioValidationOptions options)
    {
        if (options.EnrolledTerms.Count > 0)
        {
            return options.EnrolledTerms;
        }

        var history = facts.History;
        if (history.Events.Count == 0)
        {
            return [];
        }

        var last = options.SubmissionTerm ?? LatestTerm(facts);
        if (last is not { } end)
        {
            return [];
        }

        var terms = new List<Term>();
        for (var term = Term.Containing(history.Events[0].Date); term <= end;)
        {
            var presence = history.Presence(term);
            if (presence.AnyRegistered && !presence.SuspendedThroughout && (facts.School is null || presence.LastSchool == facts.School))
            {
                terms.Add(term);
            }

            if (term.Year.RocYear == AcademicYear.MaxRocYear && term.Semester == Semester.Second)
            {
                break;
            }

            term = term.Semester == Semester.First ? new Term(term.Year, Semester.Second) : new Term(term.Year.Next, Semester.First);
        }

        return terms;
    }

    private static Term? LatestTerm(StudentFacts facts)
    {
        var latest = default(TermFact);
        Latest(facts.Cadres, ref latest);
        Latest(facts.Courses, ref latest);
        Latest(facts.Outcomes, ref latest);
        Latest(facts.Performances, ref latest);
        return latest.IsKnown ? latest.ToTerm() : null;

        static void Latest(List<RecordFact> records, ref TermFact latest)
        {
            foreach (ref readonly var r in CollectionsMarshal.AsSpan(records))
            {
                if (r.Term.IsKnown && (r.Term.Year > latest.Year || (r.Term.Year == latest.Year && r.Term.Semester > latest.Semester)))
                {
                    latest = r.Term;
                }
            }
        }
    }

    // ---- Content (SP-C) ----
    // What an outcome and a multi-performance item share: the description and the files.
    private static void CheckContent(StudentFacts facts, in RecordFact record, VersionRules rules, StudentIssueSink issues)
    {
        CheckDescription(facts, record, rules, issues);
        CheckFiles(facts, record, rules, issues);
    }

    private static void CheckDescription(StudentFacts facts, in RecordFact record, VersionRules rules, StudentIssueSink issues)
    {
        if (record.DescriptionLength < 0)
        {
            return; // absent: the reader reports the missing property
        }

        var limit = rules.Policy.Description;
        var rule = ContentChecks.Description(record.DescriptionLength, record.DescriptionBlank, limit);
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
            issues.Add(rule, id, path, IdText(id), Text(record.DescriptionLength), Text(limit.MaxCharacters));
        }
    }

    private static void CheckFiles(StudentFacts facts, in RecordFact record, VersionRules rules, StudentIssueSink issues)
    {
        var policy = rules.Policy;
        var files = CollectionsMarshal.AsSpan(facts.Files).Slice(record.FileStart, record.FileCount);
        int documents = 0, audioVideo = 0;
        foreach (ref readonly var file in files)
        {
            if (!TryMediaType(facts, file, out var mediaType))
            {
                continue; // absent or malformed: reported as an input problem
            }

            if (IsAudioVideo(mediaType))
            {
                audioVideo++;
            }
            else
            {
                documents++;
            }

            if (file.SizeBytes < 0)
            {
                continue;
            }

            var rule = ContentChecks.File(mediaType, file.SizeBytes, policy, out var maxBytes);
            if (rule != ContentRules.FileTypeNotAllowed && file.NameLength > 0 && policy.TryGetMediaRule(mediaType, out var media)
                && !MediaRule.NameAgrees(facts.Stored(file.NameStart, file.NameLength), media.Extensions))
            {
                var fileId = facts.RecordIdOf(record);
                issues.Add(ContentRules.FileNameDisagreesWithType, fileId, facts.PathOf(file, "fileName"), IdText(fileId), FileName(facts, file), mediaType.ToString(), string.Join(", ", media.Extensions));
            }

            if (rule is null)
            {
                continue;
            }

            var id = facts.RecordIdOf(record);
            var fileName = FileName(facts, file);
            if (rule == ContentRules.FileTypeNotAllowed)
            {
                issues.Add(rule, id, facts.PathOf(file, "mediaType"), IdText(id), fileName, mediaType.ToString(), rules.AcceptedTypes);
            }
            else
            {
                issues.Add(rule, id, facts.PathOf(file, "sizeBytes"), IdText(id), fileName, ContentChecks.Text(file.SizeBytes), mediaType.ToString(), ContentChecks.Text(maxBytes));
            }
        }

        FileCount(facts, record, documents, policy.DocumentFilesPerItem, ContentRules.TooManyDocumentFiles, issues);
        FileCount(facts, record, audioVideo, policy.AudioVideoFilesPerItem, ContentRules.TooManyAudioVideoFiles, issues);
    }

    private static void FileCount(StudentFacts facts, in RecordFact record, int count, int? maximum, RuleDescriptor rule, StudentIssueSink issues)
    {
        if (maximum is { } max && count > max)
        {
            var id = facts.RecordIdOf(record);
            issues.Add(rule, id, facts.PathOf(record.Kind, record.Index, "files"), IdText(id), Text(count), Text(max));
        }
    }

    // 影音 = audio/* and video/*; everything else a file can be counts as a document (文件).
    private static bool IsAudioVideo(MediaType mediaType)
    {
        var text = mediaType.ToString();
        return text.StartsWith("audio/", StringComparison.Ordinal) || text.StartsWith("video/", StringComparison.Ordinal);
    }

    private static string FileName(StudentFacts facts, in FileFact file) => Encoding.UTF8.GetString(facts.Stored(file.NameStart, file.NameLength));

    // 白河 四(一)四: an outcome belongs to a course the student took (a course record with its code in its term).
    private static void CheckCourseTaken(StudentFacts facts, in RecordFact outcome, StudentIssueSink issues)
    {
        if (facts.Courses.Count == 0 || outcome.CourseCodeLength == 0 || !outcome.Term.IsKnown)
        {
            return; // no course records: nothing to compare with
        }

        var code = facts.Stored(outcome.CourseCodeStart, outcome.CourseCodeLength);
        foreach (ref readonly var c in CollectionsMarshal.AsSpan(facts.Courses))
        {
            if (c.Term == outcome.Term && c.CourseCodeLength == code.Length && facts.Stored(c.CourseCodeStart, c.CourseCodeLength).SequenceEqual(code))
            {
                return;
            }
        }

        var id = facts.RecordIdOf(outcome);
        issues.Add(ContentRules.OutcomeCourseNotTaken, id, facts.PathOf(outcome.Kind, outcome.Index, "courseCode"), IdText(id), Encoding.UTF8.GetString(code), outcome.Term.ToTerm().ToString());
    }

    internal static bool TryMediaType(StudentFacts facts, in FileFact file, out MediaType mediaType)
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

    private static void CheckRequiredFields(StudentFacts facts, in RecordFact record, VersionRules rules, StudentIssueSink issues)
    {
        if (record.Category <= 0 || record.Category >= rules.Required.Length)
        {
            return;
        }

        var required = rules.RequiredUtf8[record.Category];
        var members = CollectionsMarshal.AsSpan(facts.DetailMembers).Slice(record.DetailsStart, record.DetailsCount);
        for (var f = 0; f < required.Length; f++)
        {
            if (Has(facts, members, required[f]))
            {
                continue;
            }

            var id = facts.RecordIdOf(record);
            var field = rules.Required[record.Category][f];
            issues.Add(ContentRules.RequiredFieldMissing, id, facts.PathOf(record.Kind, record.Index, "details." + field), IdText(id), DetailsFields.Of((PerformanceCategory)record.Category).Name, field);
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

    // ---- Selection (SP-S) ----
    private static void CheckCertification(StudentFacts facts, in RecordFact outcome, StudentIssueSink issues)
    {
        if (!SelectionChecks.SelectedButNotCertified(outcome.Selected, IsCertifiedAndUnchanged(facts, outcome)))
        {
            return;
        }

        var state = outcome.CertificationStatus == 1 + (int)CertificationStatus.Pending ? "pending"
            : outcome.CertificationStatus == 1 + (int)CertificationStatus.Rejected ? "rejected"
            : "changedAfterCertification";
        var id = facts.RecordIdOf(outcome);
        issues.Add(SelectionRules.SelectedOutcomeNotCertified, id, facts.PathOf(outcome.Kind, outcome.Index, "selected"), IdText(id), state);
    }

    /// <summary>Whether an outcome is certified and its content unchanged since (certified hash = content hash).</summary>
    internal static bool IsCertifiedAndUnchanged(StudentFacts facts, in RecordFact outcome) =>
        outcome.CertificationStatus == 1 + (int)CertificationStatus.Certified && outcome.CertifiedHashLength > 0 && outcome.ContentHashLength > 0
        && Ascii.EqualsIgnoreCase(facts.Stored(outcome.CertifiedHashStart, outcome.CertifiedHashLength), facts.Stored(outcome.ContentHashStart, outcome.ContentHashLength));

    private void CheckSubmissionYear(StudentFacts facts, in RecordFact record, PortfolioValidationOptions options, StudentIssueSink issues)
    {
        if (!record.Term.IsKnown || options.SubmissionYear is not { } year
            || !SelectionChecks.FromAnotherYear(record.Selected, AcademicYear.FromRocYear(record.Term.Year), year)
            || (record.Kind == RecordKind.Performance && SelectedInFollowingYear(record, options)))
        {
            return;
        }

        var id = facts.RecordIdOf(record);
        issues.Add(SelectionRules.SelectionFromAnotherYear, id, facts.PathOf(record.Kind, record.Index, "term"), IdText(id), Text(record.Term.Year), year.ToString());
    }

    // The same work (identical content hash) selected under two ids: sorted by hash, so O(n log n) in the outcomes.
    private static void CheckDuplicateSelections(StudentFacts facts, ReadOnlySpan<RecordFact> outcomes, StudentIssueSink issues, Scratch scratch)
    {
        var selected = scratch.Indices;
        selected.Clear();
        for (var i = 0; i < outcomes.Length; i++)
        {
            if (outcomes[i].Selected && outcomes[i].ContentHashLength > 0)
            {
                selected.Add(i);
            }
        }

        if (selected.Count < 2)
        {
            return;
        }

        var list = facts.Outcomes;
        selected.Sort(scratch.Order.For(facts, list, byHash: true));
        for (var start = 0; start < selected.Count;)
        {
            var end = start + 1;
            while (end < selected.Count && CompareHash(facts, list[selected[start]], list[selected[end]]) == 0)
            {
                end++;
            }

            if (end - start > 1)
            {
                for (var k = start; k < end; k++)
                {
                    var o = list[selected[k]];
                    var id = facts.RecordIdOf(o);
                    issues.Add(SelectionRules.DuplicateSelection, id, facts.PathOf(o.Kind, o.Index, "selected"), IdText(id), Text(end - start - 1));
                }
            }

            start = end;
        }
    }

    private static int CompareHash(StudentFacts facts, in RecordFact a, in RecordFact b)
    {
        var x = facts.Stored(a.ContentHashStart, a.ContentHashLength);
        var y = facts.Stored(b.ContentHashStart, b.ContentHashLength);
        var n = Math.Min(x.Length, y.Length);
        for (var i = 0; i < n; i++)
        {
            var c = (x[i] | 0x20) - (y[i] | 0x20); // hex digits: case-insensitive
            if (c != 0)
            {
                return c;
            }
        }

        return x.Length - y.Length;
    }

    // ---- Integrity (SP-D) ----
    private static void CheckDuplicateIds(StudentFacts facts, List<RecordFact> records, StudentIssueSink issues, Scratch scratch)
    {
        if (records.Count < 2)
        {
            return;
        }

        var order = scratch.Indices;
        order.Clear();
        for (var i = 0; i < records.Count; i++)
        {
            if (records[i].IdLength > 0)
            {
                order.Add(i);
            }
        }

        order.Sort(scratch.Order.For(facts, records, byHash: false));
        for (var start = 0; start < order.Count;)
        {
            var end = start + 1;
            while (end < order.Count && facts.IdBytes(records[order[start]]).SequenceEqual(facts.IdBytes(records[order[end]])))
            {
                end++;
            }

            if (end - start > 1)
            {
                for (var k = start; k < end; k++)
                {
                    var r = records[order[k]];
                    var id = facts.RecordIdOf(r);
                    issues.Add(IntegrityRules.DuplicateRecordId, id, facts.PathOf(r.Kind, r.Index, "id"), IdText(id), StudentFacts.PropertyOf(r.Kind), Text(end - start));
                }
            }

            start = end;
        }
    }

    private void CheckRetention(StudentFacts facts, PortfolioValidationOptions options, StudentIssueSink issues)
    {
        if (options.AsOf is { } asOf
            && IntegrityChecks.LeftOn(facts.History) is { } leftOn
            && IntegrityChecks.RetentionOver(leftOn, asOf, _policy) is { } end)
        {
            issues.Add(IntegrityRules.RetentionPeriodOver, null, facts.Prefix + ".enrollment", ContentChecks.Text(leftOn), Text(_policy.RetentionYearsAfterLeaving!.Value), ContentChecks.Text(end), _policy.Id);
        }
    }

    // ---- Windows (SP-W001): certification times against the school's calendar. ----
    private void CheckCertificationWindow(StudentFacts facts, in RecordFact outcome, StudentIssueSink issues)
    {
        if (_calendar is null || outcome.DecidedAt is not { } decidedAt || !outcome.Term.IsKnown)
        {
            return;
        }

        var term = outcome.Term.ToTerm();
        var graduating = facts.Grade is { } grade && WindowChecks.IsGraduating(grade, term, _policy.Windows);
        var id = facts.RecordIdOf(outcome);
        if (WindowChecks.Action(_calendar, WindowKind.TeacherCertification, term, decidedAt, graduating, facts.PathOf(outcome.Kind, outcome.Index, "certification.decidedAt"), id) is { } finding)
        {
            issues.Add(finding.Rule, finding.Severity, finding.RecordId, finding.Path, finding.Arguments);
        }
    }

    // ---- Enrollment changes (SP-E) ----
    /// <summary>The enrollment-change rules (SP-E) alone.</summary>
    internal static void CheckEnrollment(StudentFacts facts, EnrollmentPolicy switches, PortfolioValidationOptions options, StudentIssueSink issues)
    {
        var history = facts.History;
        foreach (var p in history.Problems)
        {
            issues.Add(EnrollmentRules.ImpossibleSequence, null, facts.PathOf(RecordKind.Enrollment, p.EventIndex), Text(p.EventIndex), LocalDatePattern.Iso.Format(p.Event.Date), p.Event.Kind.ToString(), p.Error.ToString());
        }

        var submission = options is { SubmittingSchool: { } school, SubmissionTerm: { } submissionTerm } ? (school, submissionTerm) : ((SchoolCode, Term)?)null;
        if (submission is { } s)
        {
            OriginsAfterSubmission(facts, facts.Courses, s.Item2, issues);
            OriginsAfterSubmission(facts, facts.Outcomes, s.Item2, issues);
        }

        if (history.Events.Count == 0)
        {
            return;
        }

        var suspension = false;
        foreach (var e in history.Events)
        {
            suspension |= e.Kind == EnrollmentEventKind.Suspend;
        }

        foreach (ref readonly var c in CollectionsMarshal.AsSpan(facts.Courses))
        {
            Suspended(facts, c, SubmissionContentKind.CourseRecords, suspension, issues);
            CourseChecks(facts, c, issues);
        }

        foreach (ref readonly var o in CollectionsMarshal.AsSpan(facts.Outcomes))
        {
            Suspended(facts, o, SubmissionContentKind.CourseOutcomes, suspension, issues);
            CourseChecks(facts, o, issues);
            if (switches.RequireCertifiedTransferOutcomes && o.CourseKind == CourseRecordKind.Transfer && !IsCertifiedAndUnchanged(facts, o))
            {
                var id = facts.RecordIdOf(o);
                issues.Add(EnrollmentRules.TransferOutcomeNotCertified, id, facts.PathOf(o.Kind, o.Index, "certification"), IdText(id), o.OriginSchool?.ToString() ?? "-");
            }
        }

        foreach (ref readonly var p in CollectionsMarshal.AsSpan(facts.Performances))
        {
            Suspended(facts, p, SubmissionContentKind.MultiPerformance, suspension, issues);
        }

        foreach (ref readonly var c in CollectionsMarshal.AsSpan(facts.Cadres))
        {
            Suspended(facts, c, SubmissionContentKind.Cadres, suspension, issues);
        }

        if (submission is { } submitted)
        {
            CheckSubmittingSchool(facts, submitted.Item1, submitted.Item2, switches, issues);
        }
    }

    private static void OriginsAfterSubmission(StudentFacts facts, List<RecordFact> records, Term submissionTerm, StudentIssueSink issues)
    {
        foreach (ref readonly var r in CollectionsMarshal.AsSpan(records))
        {
            if (r.CourseKind == CourseRecordKind.Transfer && r.OriginTerm.IsKnown && r.OriginTerm.ToTerm() is var originTerm && originTerm > submissionTerm)
            {
                var id = facts.RecordIdOf(r);
                issues.Add(EnrollmentRules.TransferOriginAfterSubmission, id, facts.PathOf(r.Kind, r.Index, "origin.term"), IdText(id), originTerm.ToString(), submissionTerm.ToString());
            }
        }
    }

    // Only a history with a suspension can have a term suspended throughout.
    private static void Suspended(StudentFacts facts, in RecordFact record, SubmissionContentKind kind, bool suspension, StudentIssueSink issues)
    {
        if (!suspension || !record.Term.IsKnown)
        {
            return;
        }

        var term = record.Term.ToTerm();
        if (facts.History.Presence(term).SuspendedThroughout)
        {
            var id = facts.RecordIdOf(record);
            issues.Add(EnrollmentRules.RecordInSuspendedTerm, id, facts.PathOf(record.Kind, record.Index, "term"), ContentName(kind), IdText(id), term.ToString());
        }
    }

    private static void CourseChecks(StudentFacts facts, in RecordFact record, StudentIssueSink issues)
    {
        if (!record.Term.IsKnown || record.CourseKind is not (CourseRecordKind.BorrowedStudy or CourseRecordKind.Transfer) || record.OriginSchool is not { } school)
        {
            return;
        }

        var history = facts.History;
        var term = record.Term.ToTerm();
        var id = facts.RecordIdOf(record);
        if (record.CourseKind == CourseRecordKind.BorrowedStudy && !history.HadBorrowedStudyAt(term, school))
        {
            issues.Add(EnrollmentRules.BorrowedStudyHostMismatch, id, facts.PathOf(record.Kind, record.Index, "origin.school"), IdText(id), school.ToString(), term.ToString());
        }

        if (record.CourseKind == CourseRecordKind.Transfer
            && SubmissionResponsibility.CourseCore(history, term, record.CourseKind, Origin(record)).Reason == ResponsibilityReason.Unknown)
        {
            issues.Add(EnrollmentRules.TransferReceiverUnknown, id, facts.PathOf(record.Kind, record.Index, "origin.school"), IdText(id), school.ToString());
        }
    }

    private static void CheckSubmittingSchool(StudentFacts facts, SchoolCode submitting, Term submissionTerm, EnrollmentPolicy switches, StudentIssueSink issues)
    {
        var history = facts.History;
        var school = submitting.ToString();
        var term = SubmissionResponsibility.TermCore(history, submissionTerm, switches);
        if (term.School is not { } responsible)
        {
            issues.Add(EnrollmentRules.NoSubmissionDue, null, facts.Prefix, submissionTerm.ToString(), ReasonName(term.Reason), school);
        }
        else if (responsible != submitting)
        {
            issues.Add(EnrollmentRules.WrongSubmittingSchool, null, facts.Prefix + ".school", ContentName(SubmissionContentKind.BasicData), "-", responsible.ToString(), school);
        }

        foreach (ref readonly var c in CollectionsMarshal.AsSpan(facts.Courses))
        {
            if (c.Term.IsKnown)
            {
                CheckSchool(facts, SubmissionResponsibility.CourseCore(history, c.Term.ToTerm(), c.CourseKind, Origin(c)), submitting, SubmissionContentKind.CourseRecords, c, issues);
            }
        }

        foreach (ref readonly var o in CollectionsMarshal.AsSpan(facts.Outcomes))
        {
            if (o.Term.IsKnown)
            {
                CheckSchool(facts, SubmissionResponsibility.CourseCore(history, o.Term.ToTerm(), o.CourseKind, Origin(o)), submitting, SubmissionContentKind.CourseOutcomes, o, issues);
            }
        }

        foreach (ref readonly var p in CollectionsMarshal.AsSpan(facts.Performances))
        {
            if (p.Term.IsKnown)
            {
                CheckSchool(facts, SubmissionResponsibility.TermSchool(history, p.Term.ToTerm(), ResponsibilityReason.SchoolOfRecord), submitting, SubmissionContentKind.MultiPerformance, p, issues);
            }
        }

        foreach (ref readonly var c in CollectionsMarshal.AsSpan(facts.Cadres))
        {
            if (c.Term.IsKnown)
            {
                CheckSchool(facts, SubmissionResponsibility.TermSchool(history, c.Term.ToTerm(), ResponsibilityReason.SchoolOfRecord), submitting, SubmissionContentKind.Cadres, c, issues);
            }
        }
    }

    private static void CheckSchool(StudentFacts facts, RecordResponsibility r, SchoolCode submitting, SubmissionContentKind kind, in RecordFact record, StudentIssueSink issues)
    {
        if (r.Reason == ResponsibilityReason.Unknown || r.School == submitting)
        {
            return; // Unknown receivers are SP-E009.
        }

        var id = facts.RecordIdOf(record);
        issues.Add(EnrollmentRules.WrongSubmittingSchool, id, facts.PathOf(record.Kind, record.Index), ContentName(kind), IdText(id), r.School?.ToString() ?? "-", submitting.ToString());
    }

    private static CourseOrigin? Origin(in RecordFact record) =>
        record.HasOrigin ? new CourseOrigin(record.OriginSchool, record.OriginTerm.IsKnown ? record.OriginTerm.ToTerm() : null) : null;

    private static string ContentName(SubmissionContentKind kind) => SubmissionContentKindText.Name(kind);

    private static string ReasonName(ResponsibilityReason reason) => reason switch
    {
        ResponsibilityReason.Suspended => "suspended",
        ResponsibilityReason.NotRegistered => "notRegistered",
        _ => "unknown",
    };

    private static string IdText(RecordId? id) => id?.ToString() ?? string.Empty;

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    // ---- Policy versions (SP-D004) ----
    private void CheckBeforeFirstVersion(StudentFacts facts, StudentIssueSink issues)
    {
        var first = _history.First;
        BeforeFirst(facts, facts.Cadres, first, issues);
        BeforeFirst(facts, facts.Courses, first, issues);
        BeforeFirst(facts, facts.Outcomes, first, issues);
        BeforeFirst(facts, facts.Performances, first, issues);
    }

    private void BeforeFirst(StudentFacts facts, List<RecordFact> records, PortfolioPolicy first, StudentIssueSink issues)
    {
        foreach (ref readonly var r in CollectionsMarshal.AsSpan(records))
        {
            if (r.Term.IsKnown && r.Term.ToTerm() is var term && _history.IsBeforeFirst(term.End))
            {
                var id = facts.RecordIdOf(r);
                issues.Add(IntegrityRules.RecordBeforePolicy, id, facts.PathOf(r.Kind, r.Index, "term"), IdText(id), term.ToString(), first.Id, ContentChecks.Text(first.EffectiveFrom));
            }
        }
    }

    /// <summary>The version a term is judged by: the one in force on the term's last day (the latest for an unknown term).</summary>
    private VersionRules RulesFor(TermFact term) =>
        _versions.Length == 1 ? _versions[0]
        : term.IsKnown ? _versions[_history.IndexOn(term.ToTerm().End)]
        : _versions[^1];

    /// <summary>The version a yearly count is judged by: the one in force on the year's last day.</summary>
    private VersionRules RulesFor(AcademicYear year) =>
        _versions.Length == 1 ? _versions[0] : _versions[_history.IndexOn(year.End)];

    /// <summary>What the evaluator precomputes for one policy version.</summary>
    internal sealed class VersionRules
    {
        public VersionRules(PortfolioPolicy policy)
        {
            Policy = policy;
            AcceptedTypes = ContentChecks.AcceptedTypes(policy);
            var max = 0;
            foreach (var c in Enum.GetValues<PerformanceCategory>())
            {
                max = Math.Max(max, (int)c);
            }

            Required = new string[max + 1][];
            RequiredUtf8 = new byte[max + 1][][];
            for (var c = 0; c <= max; c++)
            {
                var fields = Enum.IsDefined((PerformanceCategory)c) ? policy.GetRequiredFields((PerformanceCategory)c) : [];
                Required[c] = new string[fields.Count];
                RequiredUtf8[c] = new byte[fields.Count][];
                for (var f = 0; f < fields.Count; f++)
                {
                    Required[c][f] = fields[f];
                    RequiredUtf8[c][f] = Encoding.UTF8.GetBytes(fields[f]);
                }
            }
        }

        public PortfolioPolicy Policy { get; }

        public string AcceptedTypes { get; }

        public string[][] Required { get; }

        public byte[][][] RequiredUtf8 { get; }
    }

    /// <summary>Per-student working memory of the evaluator, reused between students by one thread.</summary>
    internal sealed class Scratch
    {
        public Dictionary<(QuotaBucket, int), int> OutcomeUploads { get; } = [];

        public Dictionary<(QuotaBucket, int), int> PerformanceUploads { get; } = [];

        public Dictionary<QuotaBucket, int> OutcomeSelections { get; } = [];

        public Dictionary<QuotaBucket, int> PerformanceSelections { get; } = [];

        public Dictionary<QuotaBucket, int> YearUploads { get; } = [];

        public List<int> Indices { get; } = [];

        public RecordOrder Order { get; } = new();

        public void Clear()
        {
            OutcomeUploads.Clear();
            PerformanceUploads.Clear();
            OutcomeSelections.Clear();
            PerformanceSelections.Clear();
            YearUploads.Clear();
            Indices.Clear();
        }
    }

    // Orders record indices by content hash or by id bytes; one reused instance (and one delegate) per scratch, so
    // sorting allocates nothing per student.
    internal sealed class RecordOrder
    {
        private readonly Comparison<int> _compare;
        private StudentFacts? _facts;
        private List<RecordFact>? _records;
        private bool _byHash;

        public RecordOrder() => _compare = Compare;

        public Comparison<int> For(StudentFacts facts, List<RecordFact> records, bool byHash)
        {
            (_facts, _records, _byHash) = (facts, records, byHash);
            return _compare;
        }

        private int Compare(int x, int y)
        {
            var (a, b) = (_records![x], _records[y]);
            return _byHash ? CompareHash(_facts!, a, b) : _facts!.IdBytes(a).SequenceCompareTo(_facts.IdBytes(b));
        }
    }
}
