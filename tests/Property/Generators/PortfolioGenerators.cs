using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Export;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;

namespace StudentPortfolio.PropertyTests.Generators;

/// <summary>
/// Generators of structurally valid portfolios and submission documents for the export/import properties. They do
/// not follow any policy (caps, description length, file types): they cover the whole format instead, including
/// CJK, emoji, quotes, control characters, every course kind, certification status and performance category, and
/// counselling records that must never be exported.
/// </summary>
public static class PortfolioGenerators
{
    /// <summary>Text that no exported value contains: counselling records carry it so tests can search for it.</summary>
    public const string CounsellingMarker = "諮詢紀錄不外流";

    private static readonly char[] TextPool =
    [
        .. "abcXYZ019 .,-_", '"', '\\', '/', '\n', '\t', '\r', '\u0001', '<', '>', '&', '\'', '+', '學', '習', '歷', '程', '王', '測', '試', '（', '）', '。', '　',
    ];

    private static readonly string[] Emoji = ["😀", "𠀋", "🎓"];
    private static readonly char[] Alnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray();
    private static readonly char[] IdChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-".ToCharArray();

    public static Gen<T?> OrNullValue<T>(Gen<T> gen)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(x => (T?)x)));

    public static Gen<string?> OrNullText(Gen<string> gen) =>
        Gen.Frequency((1, Gen.Constant<string?>(null)), (3, gen.Select(x => (string?)x)));

    public static Gen<string> Text(int maxLength = 12) =>
        from n in Gen.Choose(0, maxLength)
        from parts in Gen.ArrayOf(Gen.Frequency((12, Gen.Elements(TextPool).Select(c => c.ToString())), (1, Gen.Elements(Emoji))), n)
        select string.Concat(parts);

    public static Gen<string> NonBlankText() => Text(10).Select(t => "T" + t);

    public static Gen<NationalId> NationalIds() =>
        from letter in Gen.Choose('A', 'Z')
        from second in Gen.Elements('1', '2', '8', '9', 'A', 'B', 'C', 'D')
        from digits in Gen.ArrayOf(Gen.Choose(0, 9), 7)
        select WithCheckDigit((char)letter, second, digits);

    public static Gen<LocalDate> Dates() =>
        Gen.Choose(0, 365 * 40).Select(d => new LocalDate(1995, 1, 1).PlusDays(d));

    public static Gen<Instant> Instants() =>
        Gen.Choose(0, int.MaxValue).Select(s => Instant.FromUtc(2000, 1, 1, 0, 0).Plus(Duration.FromSeconds(s / 3)));

    public static Gen<Term> Terms() =>
        from year in Gen.Choose(100, 130)
        from semester in Gen.Elements(Semester.First, Semester.Second)
        select new Term(AcademicYear.FromRocYear(year), semester);

    public static Gen<SchoolCode> Schools() =>
        Gen.ArrayOf(Gen.Elements(Alnum), SchoolCode.Length).Select(c => SchoolCode.Parse(new string(c)));

    public static Gen<CourseCode> CourseCodes() =>
        from year in Gen.Choose(100, 130)
        from rest in Gen.ArrayOf(Gen.Elements(Alnum), 20)
        select CourseCode.Parse(year.ToString(System.Globalization.CultureInfo.InvariantCulture) + new string(rest));

    public static Gen<decimal> Decimals() =>
        from value in Gen.Choose(-100_000, 100_000)
        from scale in Gen.Choose(0, 3)
        select new decimal(Math.Abs(value), 0, 0, value < 0, (byte)scale);

    public static Gen<ContentHash> Hashes() =>
        Gen.Choose(int.MinValue, int.MaxValue).Select(i => ContentHash.Compute(BitConverter.GetBytes(i)));

    public static Gen<MediaFile> Files() =>
        from name in Gen.ArrayOf(Gen.Elements([.. "abc學習 .-_;'".ToCharArray()]), 3).Select(c => "f" + new string(c) + ".pdf")
        from type in Gen.Elements(MediaType.Pdf, MediaType.Jpeg, MediaType.Png, MediaType.Mp3, MediaType.Mp4, MediaType.Parse("text/plain"), MediaType.Parse("application/vnd.ms-excel"))
        from size in Gen.Choose(0, int.MaxValue).Select(s => (long)s * 3)
        from hash in Hashes()
        select new MediaFile(name, type, size, hash);

    public static Gen<CourseOrigin?> Origins(CourseRecordKind kind)
    {
        var extras = from subject in OrNullText(Text())
                     from credits in OrNullValue(Gen.Choose(0, 10))
                     select (subject, credits);
        return kind switch
        {
            CourseRecordKind.Regular or CourseRecordKind.RepeatYear => Gen.Constant<CourseOrigin?>(null),
            CourseRecordKind.MakeUp => from term in Terms() from e in extras select (CourseOrigin?)new CourseOrigin(null, term, null, e.subject, e.credits),
            CourseRecordKind.Retake => from term in Terms() from code in CourseCodes() from e in extras select (CourseOrigin?)new CourseOrigin(null, term, code, e.subject, e.credits),
            CourseRecordKind.Transfer => from school in Schools() from term in Terms() from code in CourseCodes() from e in extras select (CourseOrigin?)new CourseOrigin(school, term, code, e.subject, e.credits),
            _ => from school in Schools() from term in OrNullValue(Terms()) from code in OrNullValue(CourseCodes()) from e in extras select (CourseOrigin?)new CourseOrigin(school, term, code, e.subject, e.credits),
        };
    }

    public static Gen<CourseRecordKind> CourseKinds() => Gen.Elements(Enum.GetValues<CourseRecordKind>());

    public static Gen<CadreRecord> Cadres(int index) =>
        from term in Terms()
        from level in Gen.Elements(Enum.GetValues<CadreLevel>())
        from unit in Text()
        from title in Text()
        from suffix in RecordSuffix()
        select new CadreRecord(RecordId.Parse($"C{index}{suffix}"), term, level, unit, title);

    public static Gen<CourseRecord> Courses(int index) =>
        from kind in CourseKinds()
        from origin in Origins(kind)
        from term in Terms()
        from code in CourseCodes()
        from subject in Text()
        from credits in Gen.Choose(0, 12)
        from score in OrNullValue(Decimals())
        from suffix in RecordSuffix()
        select new CourseRecord(RecordId.Parse($"K{index}{suffix}"), term, code, subject, credits, score, kind, origin);

    public static Gen<Certification> Certifications(CourseLearningOutcome outcome) =>
        Gen.OneOf(
            Gen.Constant(Certification.Pending),
            from certifier in NonBlankText()
            from at in Instants()
            from proxy in Gen.Elements(true, false)
            from own in Gen.Elements(true, false)
            from other in Hashes()
            select Certification.Certify(certifier, at, own ? outcome.ContentHash : other, proxy ? certifier + "x" : null),
            from certifier in NonBlankText()
            from at in Instants()
            from reason in NonBlankText()
            from proxy in Gen.Elements(true, false)
            select Certification.Reject(certifier, at, reason, proxy ? "P" + certifier : null));

    public static Gen<CourseLearningOutcome> Outcomes(int index) =>
        from kind in CourseKinds()
        from origin in Origins(kind)
        from term in Terms()
        from code in CourseCodes()
        from title in Text()
        from description in Text(30)
        from fileCount in Gen.Choose(0, 2)
        from files in Gen.ArrayOf(Files(), fileCount)
        from selected in Gen.Elements(true, false)
        from suffix in RecordSuffix()
        let outcome = new CourseLearningOutcome(RecordId.Parse($"O{index}{suffix}"), term, code, title, description, files, null, selected, kind, origin)
        from certification in Certifications(outcome)
        select outcome.WithCertification(certification);

    public static Gen<PerformanceDetails> Details() =>
        Gen.OneOf(
            from a in OrNullText(Text()) from b in OrNullValue(Dates()) from c in OrNullValue(Dates()) from d in OrNullText(Text()) from e in OrNullValue(Gen.Elements(Enum.GetValues<CadreLevel>()))
            select (PerformanceDetails)new CadreDetails(a, b, c, d, e),
            from a in OrNullText(Text()) from b in OrNullText(Text()) from c in OrNullText(Text()) from d in OrNullText(Text()) from e in OrNullValue(Dates()) from f in OrNullValue(Gen.Elements(true, false))
            select (PerformanceDetails)new CompetitionDetails(a, b, c, d, e, f),
            from a in OrNullText(Text()) from b in OrNullText(Text()) from c in OrNullText(Text()) from d in OrNullValue(Dates()) from e in OrNullText(Text()) from f in OrNullText(Text())
            select (PerformanceDetails)new CertificateDetails(a, b, c, d, e, f),
            from a in OrNullText(Text()) from b in OrNullText(Text()) from c in OrNullValue(Dates()) from d in OrNullValue(Dates()) from e in OrNullValue(Decimals())
            select (PerformanceDetails)new ServiceLearningDetails(a, b, c, d, e),
            from a in OrNullText(Text()) from b in OrNullText(Text()) from c in OrNullText(Text()) from d in OrNullValue(Terms()) from e in OrNullValue(Gen.Choose(-5, 40)) from f in OrNullValue(Gen.Choose(0, 40))
            select (PerformanceDetails)new FlexibleLearningDetails(a, b, c, d, e, f),
            from a in OrNullText(Text()) from b in OrNullText(Text()) from c in OrNullText(Text()) from d in OrNullValue(Terms()) from e in OrNullValue(Gen.Choose(0, 40))
            select (PerformanceDetails)new GroupActivityDetails(a, b, c, d, e),
            from a in OrNullText(Text()) from b in OrNullText(Text()) from c in OrNullText(Text()) from d in OrNullValue(Dates()) from e in OrNullValue(Dates()) from f in OrNullValue(Decimals())
            select (PerformanceDetails)new WorkplaceLearningDetails(a, b, c, d, e, f),
            from a in OrNullText(Text()) from b in OrNullValue(Dates())
            select (PerformanceDetails)new WorkDetails(a, b),
            from a in OrNullText(Text()) from b in OrNullText(Text()) from c in OrNullText(Text()) from d in OrNullValue(Dates()) from e in OrNullValue(Dates()) from f in OrNullValue(Decimals()) from g in OrNullValue(Decimals())
            select (PerformanceDetails)new AdvancedCourseDetails(a, b, c, d, e, f, g),
            from a in OrNullText(Text()) from b in OrNullText(Text()) from c in OrNullValue(Dates()) from d in OrNullValue(Dates()) from e in OrNullValue(Decimals())
            select (PerformanceDetails)new OtherPerformanceDetails(a, b, c, d, e));

    public static Gen<MultiPerformanceItem> Performances(int index) =>
        from term in Terms()
        from details in Details()
        from description in Text(30)
        from fileCount in Gen.Choose(0, 2)
        from files in Gen.ArrayOf(Files(), fileCount)
        from link in OrNullText(Gen.Elements("https://example.org/a?b=1&c=學", "http://example.com/x", "https://example.org/%E5%AD%B8/"))
        from selected in Gen.Elements(true, false)
        from suffix in RecordSuffix()
        select new MultiPerformanceItem(RecordId.Parse($"P{index}{suffix}"), term, details, description, files, link is null ? null : new Uri(link), selected);

    public static Gen<Autobiography?> Autobiographies() =>
        Gen.OneOf(
            Gen.Constant<Autobiography?>(null),
            from a in Text(40) from b in Text() from c in Text() from d in Text() from e in OrNullValue(Instants())
            select (Autobiography?)new Autobiography(a, b, c, d, e));

    public static Gen<EnrollmentEvent> EnrollmentEvents() =>
        from date in Dates()
        from kind in Gen.Elements(Enum.GetValues<EnrollmentEventKind>())
        from school in Schools()
        from counterpart in OrNullValue(Schools())
        from programme in OrNullText(Text(4))
        select new EnrollmentEvent(date, kind, school, counterpart, programme);

    public static Gen<CounsellingRecord> CounsellingRecords(int index) =>
        from text in Text()
        select new CounsellingRecord(RecordId.Parse($"G{index}"), new LocalDateTime(2025, 10, 1, 12, 30), CounsellingMarker + "地點", CounsellingMarker + text, CounsellingMarker + "意見", "T100");

    public static Gen<LearningPortfolio> Portfolio(NationalId id) =>
        from birth in Dates()
        from name in Text()
        from school in Schools()
        from number in Text(8)
        from programme in Text(4)
        from grade in Gen.Choose(1, StudentBasicData.MaxGrade)
        from className in Text(6)
        from seat in OrNullValue(Gen.Choose(1, 60))
        from cadres in Indexed(Cadres, 2)
        from courses in Indexed(Courses, 3)
        from outcomes in Indexed(Outcomes, 3)
        from performances in Indexed(Performances, 4)
        from counselling in Indexed(CounsellingRecords, 2)
        from autobiography in Autobiographies()
        from eventCount in Gen.Choose(0, 3)
        from events in Gen.ArrayOf(EnrollmentEvents(), eventCount)
        select new LearningPortfolio(
            new StudentBasicData(id, birth, name, school, number, programme, grade, className, seat),
            cadres,
            courses,
            outcomes,
            performances,
            counselling,
            autobiography,
            new EnrollmentHistory(events));

    public static Gen<LearningPortfolio> Portfolios() => NationalIds().SelectMany(Portfolio);

    public static Gen<SubmissionHeader> Headers() =>
        from school in Schools()
        from term in Terms()
        from kinds in Gen.Choose(1, (int)ContentKinds.All)
        from at in Instants()
        select new SubmissionHeader(school, term, (ContentKinds)kinds, at);

    /// <summary>Documents of 0–4 students with distinct identity numbers.</summary>
    public static Gen<SubmissionDocument> Documents() =>
        from header in Headers()
        from count in Gen.Choose(0, 4)
        from ids in Gen.ArrayOf(NationalIds(), count)
        from portfolios in Gen.CollectToArray(ids.Distinct(), Portfolio)
        select SubmissionDocument.FromPortfolios(header, portfolios);

    private static Gen<string> RecordSuffix() =>
        from n in Gen.Choose(0, 4)
        from chars in Gen.ArrayOf(Gen.Elements(IdChars), n)
        select new string(chars);

    private static Gen<T[]> Indexed<T>(Func<int, Gen<T>> make, int max) =>
        from count in Gen.Choose(0, max)
        from items in Gen.CollectToArray(Enumerable.Range(0, count), i => make(i))
        select items;

    private static NationalId WithCheckDigit(char letter, char second, int[] digits)
    {
        var prefix = new StringBuilder().Append(letter).Append(second);
        foreach (var d in digits)
        {
            prefix.Append((char)('0' + d));
        }

        for (var check = 0; check < 10; check++)
        {
            if (NationalId.TryParse(prefix.ToString() + (char)('0' + check), out var id))
            {
                return id;
            }
        }

        throw new InvalidOperationException("No check digit fits " + NationalId.Mask(prefix.ToString()));
    }
}
