namespace StudentPortfolio.Rules;

/// <summary>
/// Rules about enrollment changes (學籍異動): transfer, repeat year, suspension and resumption, borrowed study,
/// programme change, and the exchange of portfolios between schools. Codes <c>SP-E…</c>.
/// </summary>
/// <remarks>
/// The national text 「高級中等教育階段學生學籍異動之學生學習歷程檔案處理原則」, to which both seed schools defer
/// (白河 4(三), 松山 9), was not found; rules derived from the central-database sheets are marked [I] and the
/// choices behind them are switches of <see cref="Policies.EnrollmentPolicy"/>. Thread-safe.
/// </remarks>
public static class EnrollmentRules
{
    private const string Principles = "學籍異動之學生學習歷程檔案處理原則 [I]; 白河 4(三); 松山 9";

    /// <summary>SP-E001: an enrollment event cannot follow the events before it (e.g. resume without suspension, transfer-in without a matching transfer-out, overlapping borrowed study).</summary>
    public static RuleDescriptor ImpossibleSequence { get; } = new(
        "SP-E001",
        Severity.Error,
        "高級中等學校學生學籍管理辦法; " + Principles,
        "學籍異動第 {0} 筆（{1} {2}）不可能發生：{3}",
        "Enrollment event {0} ({1} {2}) is impossible: {3}",
        "eventIndex",
        "date:date",
        "kind:name:event",
        "reason:name:sequenceError");

    /// <summary>SP-E002: a record is submitted by a school other than the one responsible for it (home school for borrowed study, receiving school for transfer sheets, school of record otherwise).</summary>
    public static RuleDescriptor WrongSubmittingSchool { get; } = new(
        "SP-E002",
        Severity.Error,
        Principles,
        "{0} {1} 應由學校 {2} 提交，不應由學校 {3} 提交。",
        "{0} {1} must be submitted by school {2}, not by school {3}.",
        "content:name:content",
        "record",
        "responsibleSchool",
        "submittingSchool");

    /// <summary>SP-E003: a submission for a term in which no submission is due from this history (suspended throughout, or not registered).</summary>
    public static RuleDescriptor NoSubmissionDue { get; } = new(
        "SP-E003",
        Severity.Error,
        Principles,
        "學期 {0} 無須提交（{1}），學校 {2} 不應提交。",
        "No submission is due for term {0} ({1}); school {2} must not submit it.",
        "term",
        "reason:name:responsibility",
        "submittingSchool");

    /// <summary>SP-E004: a record is dated in a term the student was suspended (休學) throughout.</summary>
    public static RuleDescriptor RecordInSuspendedTerm { get; } = new(
        "SP-E004",
        Severity.Warning,
        Principles,
        "{0} {1} 的學期 {2} 學生全程休學。",
        "{0} {1} is dated in term {2}, during which the student was suspended throughout.",
        "content:name:content",
        "record",
        "term");

    /// <summary>SP-E005: a transfer record's original term is later than the term it is submitted in (原修課學年度/學期 must not be after the upload term).</summary>
    public static RuleDescriptor TransferOriginAfterSubmission { get; } = new(
        "SP-E005",
        Severity.Error,
        "中央資料庫 轉學轉科 名冊: 原修課學年度 ≤ 上傳學年度; " + Principles,
        "轉學轉科紀錄 {0} 的原修課學期 {1} 晚於上傳學期 {2}。",
        "Transfer record {0} has original term {1}, later than the submission term {2}.",
        "record",
        "originTerm",
        "submissionTerm");

    /// <summary>SP-E006: a transferred course learning outcome was not certified at the original school, or was changed since (policy switch <see cref="Policies.EnrollmentPolicy.RequireCertifiedTransferOutcomes"/>).</summary>
    public static RuleDescriptor TransferOutcomeNotCertified { get; } = new(
        "SP-E006",
        Severity.Error,
        Principles,
        "轉學轉科課程學習成果 {0} 未經原學校 {1} 認證或認證後已修改，不得提交。",
        "Transferred course learning outcome {0} was not certified at the original school {1}, or was changed since, and cannot be submitted.",
        "record",
        "originSchool");

    /// <summary>SP-E007: a borrowed-study record names a host school at which the history shows no borrowed study during the record's term.</summary>
    public static RuleDescriptor BorrowedStudyHostMismatch { get; } = new(
        "SP-E007",
        Severity.Warning,
        Principles,
        "借讀紀錄 {0} 的借讀學校 {1} 與學期 {2} 的學籍異動不符。",
        "Borrowed-study record {0} names host school {1}, but the enrollment history shows no borrowed study there in term {2}.",
        "record",
        "hostSchool",
        "term");

    /// <summary>SP-E008: merging an exchange package found a record with the same id but different content; the existing record was kept.</summary>
    public static RuleDescriptor ExchangeConflict { get; } = new(
        "SP-E008",
        Severity.Error,
        "歷程交換資料 [GAP]; " + Principles,
        "交換資料（來源學校 {2}）中的 {0} {1} 與現有紀錄代碼相同但內容不同，已保留現有紀錄。",
        "{0} {1} from the exchange package of school {2} has the same id as an existing record but different content; the existing record was kept.",
        "content:name:content",
        "record",
        "sourceSchool");

    /// <summary>SP-E009: the school that must submit a transfer record cannot be determined: the history has no transfer-in from its original school.</summary>
    public static RuleDescriptor TransferReceiverUnknown { get; } = new(
        "SP-E009",
        Severity.Warning,
        Principles,
        "轉學轉科紀錄 {0} 的原學校 {1} 在學籍異動中沒有對應的轉入紀錄。",
        "Transfer record {0} comes from school {1}, but the enrollment history has no transfer-in from that school.",
        "record",
        "originSchool");

    /// <summary>Gets every rule of the group.</summary>
    public static IEnumerable<RuleDescriptor> All =>
    [
        ImpossibleSequence,
        WrongSubmittingSchool,
        NoSubmissionDue,
        RecordInSuspendedTerm,
        TransferOriginAfterSubmission,
        TransferOutcomeNotCertified,
        BorrowedStudyHostMismatch,
        ExchangeConflict,
        TransferReceiverUnknown,
    ];
}
