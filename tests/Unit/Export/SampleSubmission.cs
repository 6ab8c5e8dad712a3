using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Export;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;

namespace StudentPortfolio.UnitTests.Export;

/// <summary>
/// The synthetic submission behind <c>samples/data/submission-114-1.json</c>: test school codes, made-up names,
/// identity numbers with valid check digits. Covers every record kind, every course kind, every certification
/// status and all ten performance categories.
/// </summary>
internal static class SampleSubmission
{
    public const string GoldenPath = "samples/data/submission-114-1.json";

    public static readonly SchoolCode School = SchoolCode.Parse("000000");
    public static readonly SchoolCode OtherSchool = SchoolCode.Parse("000B00");
    public static readonly SchoolCode HostSchool = SchoolCode.Parse("000C01");
    public static readonly Term Term = Term.Parse("114-1");

    public static SubmissionHeader Header { get; } =
        new(School, Term, ContentKinds.All, Instant.FromUtc(2026, 1, 20, 8, 0, 0));

    public static SubmissionDocument Create() => SubmissionDocument.FromPortfolios(Header, Portfolios());

    public static IReadOnlyList<LearningPortfolio> Portfolios() => [First(), Second(), Third()];

    private static RecordId Id(string s) => RecordId.Parse(s);

    private static Term T(string s) => Term.Parse(s);

    private static CourseCode Code(string s) => CourseCode.Parse(s);

    private static ContentHash Hash(string seed) => ContentHash.Compute(System.Text.Encoding.UTF8.GetBytes(seed));

    private static MediaFile Pdf(string name) => new(name, MediaType.Pdf, 123_456, Hash(name));

    // Selected, so certified (certified at the previous school): the golden sample is clean under the national policy.
    private static CourseLearningOutcome TransferredOutcome(CourseOrigin origin)
    {
        var outcome = new CourseLearningOutcome(Id("O1"), T("113-2"), Code("112000000000000000000X9"), "轉學前的作品", "原校課程的成果（測試）。", [Pdf("old.pdf")], kind: CourseRecordKind.Transfer, origin: origin, isSelected: true);
        return outcome.WithCertification(Certification.Certify("T009", Instant.FromUtc(2025, 6, 20, 3, 0, 0), outcome.ContentHash));
    }

    private static LearningPortfolio First()
    {
        var student = new StudentBasicData(NationalId.Parse("A123456789"), new LocalDate(2008, 5, 1), "王測試", School, "S110001", "301", 2, "商二甲", 12);
        var regular = new CourseLearningOutcome(
            Id("O1"), T("114-1"), Code("113000000000000000000A1"), "閱讀心得報告", "以範例文本撰寫的閱讀心得（測試資料）。",
            [Pdf("report.pdf"), new MediaFile("talk.mp4", MediaType.Mp4, 8_000_000, Hash("talk.mp4"))],
            isSelected: true);
        regular = regular.WithCertification(Certification.Certify("T001", Instant.FromUtc(2026, 1, 10, 2, 0, 0), regular.ContentHash));
        var proxy = new CourseLearningOutcome(
            Id("O2"), T("114-1"), Code("113000000000000000000B2"), "專題實作紀錄", "測試用的專題實作紀錄。", [Pdf("project.pdf")]);
        proxy = proxy.WithCertification(Certification.Certify("T009", Instant.FromUtc(2026, 1, 11, 3, 30, 0), proxy.ContentHash, onBehalfOf: "T002"));
        var rejected = new CourseLearningOutcome(
            Id("O3"), T("114-1"), Code("113000000000000000000C3"), "實驗報告", "測試用的實驗報告。", [new MediaFile("lab.png", MediaType.Png, 2_048, Hash("lab.png"))]);
        rejected = rejected.WithCertification(Certification.Reject("T003", Instant.FromUtc(2026, 1, 12, 4, 0, 0), "檔案與課程無關（測試）"));
        var pending = new CourseLearningOutcome(Id("O4"), T("114-1"), Code("113000000000000000000D4"), "作業", "尚待認證的作業。");

        return new LearningPortfolio(
            student,
            cadres:
            [
                new CadreRecord(Id("C1"), T("114-1"), CadreLevel.Class, "商二甲", "班長"),
                new CadreRecord(Id("C2"), T("114-1"), CadreLevel.Club, "測試社", "社長"),
            ],
            courses:
            [
                new CourseRecord(Id("K1"), T("114-1"), Code("113000000000000000000A1"), "國語文", 4, 87.5m),
                new CourseRecord(Id("K2"), T("114-1"), Code("113000000000000000000B2"), "數學", 4, null),
                new CourseRecord(Id("K3"), T("114-1"), Code("113000000000000000000E5"), "英語文", 2, 58m, CourseRecordKind.RepeatYear),

                // Every outcome belongs to a course record of its term (白河 四(一)四, SP-C007).
                new CourseRecord(Id("K4"), T("114-1"), Code("113000000000000000000C3"), "物理", 2, 76m),
                new CourseRecord(Id("K5"), T("114-1"), Code("113000000000000000000D4"), "歷史", 2, null),
            ],
            outcomes: [regular, proxy, rejected, pending],
            performances:
            [
                new MultiPerformanceItem(Id("P1"), T("114-1"), new CadreDetails("商二甲", new LocalDate(2025, 8, 1), new LocalDate(2026, 1, 31), "班長", CadreLevel.Class), "擔任班長（測試）。", isSelected: true),
                new MultiPerformanceItem(Id("P2"), T("114-1"), new CompetitionDetails("全國測試競賽", "程式設計", "L1", "第一名", new LocalDate(2025, 11, 2), false), "參加測試競賽。", [Pdf("award.pdf")], isSelected: true),
                new MultiPerformanceItem(Id("P3"), T("114-1"), new CertificateDetails("CERT-001", "85", "學科 90/術科 80", new LocalDate(2025, 12, 1), "No.0001", "乙級"), "取得測試證照。"),
                new MultiPerformanceItem(Id("P4"), T("114-1"), new ServiceLearningDetails("社區服務", "測試基金會", new LocalDate(2025, 9, 1), new LocalDate(2025, 9, 30), 12.5m), "參與社區服務。", link: new Uri("https://example.org/service/1")),
                new MultiPerformanceItem(Id("P5"), T("114-1"), new FlexibleLearningDetails("F1", "自主學習", "教務處", T("114-1"), 2, 18), "自主學習計畫。"),
            ],
            counselling:
            [
                new CounsellingRecord(Id("G1"), new LocalDateTime(2025, 10, 1, 12, 30), "輔導室", "選課諮詢（僅校內）", "建議修習選修課程", "T100"),
            ],
            autobiography: new Autobiography("成為工程師（測試）", "持續學習", "程式設計", "閱讀", Instant.FromUtc(2025, 12, 24, 1, 2, 3)),
            enrollment: new EnrollmentHistory([new EnrollmentEvent(new LocalDate(2024, 8, 1), EnrollmentEventKind.Admit, School, programme: "301")]));
    }

    private static LearningPortfolio Second()
    {
        var student = new StudentBasicData(NationalId.Parse("B200000013"), new LocalDate(2008, 11, 30), "林範例", School, "S110002", "302", 2, "資二乙", null);
        var transferOrigin = new CourseOrigin(OtherSchool, T("113-2"), Code("112000000000000000000X9"), "資訊科技", 2);
        return new LearningPortfolio(
            student,
            cadres: [new CadreRecord(Id("C1"), T("114-1"), CadreLevel.School, "學生會", "會長")],
            courses:
            [
                new CourseRecord(Id("K1"), T("114-1"), Code("113000000000000000000A1"), "國語文", 4, 91m),
                new CourseRecord(Id("K2"), T("114-1"), Code("112000000000000000000M1"), "公民與社會", 2, 70m, CourseRecordKind.MakeUp, new CourseOrigin(Term: T("113-1"))),
                new CourseRecord(Id("K3"), T("114-1"), Code("113000000000000000000R1"), "物理", 2, 60m, CourseRecordKind.Retake, new CourseOrigin(Term: T("113-2"), CourseCode: Code("112000000000000000000R0"), SubjectName: "物理", Credits: 2)),
                new CourseRecord(Id("K4"), T("113-2"), Code("112000000000000000000X9"), "資訊科技", 2, 82m, CourseRecordKind.Transfer, transferOrigin),
                new CourseRecord(Id("K5"), T("114-1"), Code("113000000000000000000H1"), "音樂", 1, 88m, CourseRecordKind.BorrowedStudy, new CourseOrigin(HostSchool)),
            ],
            outcomes:
            [
                TransferredOutcome(transferOrigin),
                new CourseLearningOutcome(Id("O2"), T("114-1"), Code("113000000000000000000H1"), "借讀成果", "借讀學校課程的成果（測試）。", kind: CourseRecordKind.BorrowedStudy, origin: new CourseOrigin(HostSchool)),
            ],
            performances:
            [
                new MultiPerformanceItem(Id("P1"), T("114-1"), new GroupActivityDetails("G2", "學務處", "班會", T("114-1"), 18), "參與班會活動。", isSelected: true),
                new MultiPerformanceItem(Id("P2"), T("114-1"), new WorkplaceLearningDetails("W1", "測試科技公司", "實習生", new LocalDate(2025, 7, 1), new LocalDate(2025, 7, 31), 80m), "暑期職場學習。"),
                new MultiPerformanceItem(Id("P3"), T("114-1"), new WorkDetails("校刊插畫", new LocalDate(2025, 12, 15)), "校刊封面插畫作品。", [new MediaFile("cover.jpg", MediaType.Jpeg, 512_000, Hash("cover.jpg"))]),
            ],
            autobiography: null,
            enrollment: new EnrollmentHistory(
            [
                new EnrollmentEvent(new LocalDate(2024, 8, 1), EnrollmentEventKind.Admit, OtherSchool, programme: "302"),
                new EnrollmentEvent(new LocalDate(2025, 7, 31), EnrollmentEventKind.TransferOut, OtherSchool, School),
                new EnrollmentEvent(new LocalDate(2025, 8, 1), EnrollmentEventKind.TransferIn, School, OtherSchool, "302"),
                new EnrollmentEvent(new LocalDate(2025, 9, 1), EnrollmentEventKind.BorrowedStudyStart, School, HostSchool),
            ]));
    }

    private static LearningPortfolio Third()
    {
        var student = new StudentBasicData(NationalId.Parse("A800000069"), new LocalDate(2007, 2, 14), "陳樣本", School, "S109003", "301", 3, "商三丙", 5);
        return new LearningPortfolio(
            student,
            courses: [new CourseRecord(Id("K1"), T("114-1"), Code("113000000000000000000A1"), "國語文", 4, 75m)],
            performances:
            [
                new MultiPerformanceItem(Id("P1"), T("114-1"), new AdvancedCourseDetails("大學先修計畫", "測試大學", "微積分先修", new LocalDate(2025, 7, 1), new LocalDate(2025, 8, 15), 2m, 36m), "修習大學先修課程。", isSelected: true),
                new MultiPerformanceItem(Id("P2"), T("114-1"), new OtherPerformanceDetails("志工培訓", "測試協會", new LocalDate(2025, 10, 4), null, 6m), "其他多元表現（測試）。"),
                new MultiPerformanceItem(Id("P3"), T("114-1"), new CompetitionDetails(null, null, null, null, null, null), "欄位未填的競賽紀錄（由驗證器回報）。"),
            ],
            enrollment: new EnrollmentHistory(
            [
                new EnrollmentEvent(new LocalDate(2023, 8, 1), EnrollmentEventKind.Admit, School, programme: "301"),
                new EnrollmentEvent(new LocalDate(2024, 2, 1), EnrollmentEventKind.Suspend, School),
                new EnrollmentEvent(new LocalDate(2024, 8, 1), EnrollmentEventKind.Resume, School),
            ]));
    }
}
