namespace StudentPortfolio.Rules;

/// <summary>Window and calendar rules (<c>SP-W</c>): actions inside their windows and consistent school calendars.</summary>
internal static class WindowRules
{
    public static readonly RuleDescriptor ActionOutsideWindow = new(
        "SP-W001",
        Severity.Error,
        "松山 四, 五(三)1–3 (於本校規定時間內上傳、認證、勾選); 白河 四(二)",
        "{0}（{1}）於 {2} 進行，不在 {3} 至 {4} 的期間內。",
        "{0} ({1}) happened at {2}, outside the window {3} to {4}.",
        "window:name:window",
        "term",
        "at:instant",
        "start:instant",
        "end:instant");

    public static readonly RuleDescriptor WindowEndsBeforeStart = new(
        "SP-W002",
        Severity.Error,
        "松山 四 (分別訂定其起訖時間及自我檢核時間)",
        "{1} 的{0}期間結束時間 {3} 不晚於開始時間 {2}。",
        "The {0} window of {1} ends at {3}, not after its start {2}.",
        "window:name:window",
        "term",
        "start:instant",
        "end:instant");

    public static readonly RuleDescriptor SelfCheckOutsideWindow = new(
        "SP-W003",
        Severity.Error,
        "松山 四 (分別訂定其起訖時間及自我檢核時間)",
        "{1} 的{0}自我檢核時間 {2} 不在期間 {3} 至 {4} 內。",
        "The self-check time {2} of the {0} window of {1} is outside the window {3} to {4}.",
        "window:name:window",
        "term",
        "selfCheck:instant",
        "start:instant",
        "end:instant");

    public static readonly RuleDescriptor UploadClosesTooSoon = new(
        "SP-W004",
        Severity.Error,
        "作業要點 as quoted by 技專校院招生委員會聯合會 (上傳至少至休業式後2週，高三下除外); days are policy data",
        "{0} 的學生上傳期間於 {1} 結束，早於休業式 {2} 後 {3} 天（{4}）。",
        "The student upload window of {0} closes at {1}, earlier than {3} days after the closing ceremony on {2} ({4}).",
        "term",
        "end:instant",
        "closingCeremony:date",
        "days",
        "earliestEnd:date");

    public static readonly RuleDescriptor ReceiptConfirmationTooShort = new(
        "SP-W005",
        Severity.Error,
        "作業要點 as quoted by 技專校院招生委員會聯合會 (收訖明細確認不得少於3日); days are policy data",
        "{0} 的收訖明細確認期間只有 {1} 天，少於 {2} 天。",
        "The receipt-confirmation window of {0} spans {1} day(s), fewer than {2}.",
        "term",
        "days",
        "minimumDays");

    public static readonly RuleDescriptor WindowMissing = new(
        "SP-W006",
        Severity.Warning,
        "松山 四 (每學期規劃作業期程)",
        "行事曆沒有 {1} 的{0}期間，無法檢查時程。",
        "The calendar has no {0} window for {1}, so the timing cannot be checked.",
        "window:name:window",
        "term");

    public static readonly RuleDescriptor ClosingCeremonyMissing = new(
        "SP-W007",
        Severity.Warning,
        "作業要點 as quoted by 技專校院招生委員會聯合會 (休業式後2週)",
        "行事曆沒有 {0} 的休業式日期，無法檢查上傳期限。",
        "The calendar has no closing-ceremony date for {0}, so the upload deadline cannot be checked.",
        "term");

    public static readonly RuleDescriptor SelfCheckMissing = new(
        "SP-W008",
        Severity.Error,
        "松山 四 (分別訂定其起訖時間及自我檢核時間); required when the policy says so",
        "{1} 的{0}期間沒有訂定自我檢核時間。",
        "The {0} window of {1} has no self-check time.",
        "window:name:window",
        "term");

    public static IEnumerable<RuleDescriptor> All =>
    [
        ActionOutsideWindow, WindowEndsBeforeStart, SelfCheckOutsideWindow, UploadClosesTooSoon, ReceiptConfirmationTooShort,
        WindowMissing, ClosingCeremonyMissing, SelfCheckMissing,
    ];
}
