namespace StudentPortfolio.Rules;

/// <summary>
/// Workflow and permission rules (<c>SP-F</c>) and the receipt and batch input rules (<c>SP-X5xx</c>): who may act
/// on an item, in which state, and what a receipt (收訖明細) reconciliation found.
/// </summary>
internal static class WorkflowRules
{
    public static readonly RuleDescriptor RoleNotPermitted = new(
        "SP-F001",
        Severity.Error,
        "作業要點 第5點; 松山 五、六 (人員權責)",
        "{0}（角色：{1}）無權執行「{2}」。",
        "{0} (roles: {1}) may not {2}.",
        "actor",
        "roles:names:role",
        "action:name:action");

    public static readonly RuleDescriptor TransitionNotAllowed = new(
        "SP-F002",
        Severity.Error,
        "作業要點 第3點 (上傳、認證、勾選、提交、收訖確認)",
        "紀錄 {0} 目前為「{1}」狀態，不能執行「{2}」。",
        "Record {0} is {1}; it is not possible to {2} in that state.",
        "record",
        "state:name:state",
        "action:name:action");

    public static readonly RuleDescriptor ReasonRequired = new(
        "SP-F003",
        Severity.Error,
        "作業要點 (認證不通過、收訖明細有誤須說明)",
        "「{0}」必須填寫理由。",
        "A reason is required to {0}.",
        "action:name:action");

    public static readonly RuleDescriptor NotCourseTeacher = new(
        "SP-F004",
        Severity.Error,
        "作業要點 (任課教師認證); 松山 七(三)2",
        "{0} 不是課程 {1} 的任課教師，也不在其代理人名單上。",
        "{0} is neither the teacher of course {1} nor on its proxy list.",
        "actor",
        "course");

    public static readonly RuleDescriptor ProxyNotInTurn = new(
        "SP-F005",
        Severity.Error,
        "松山 七(三)2(1) (代理人名單及代理順位)",
        "代理人 {0} 不能代 {1} 認證：{2} 仍可認證（代理順位較前）。",
        "Proxy {0} may not act for {1}: {2} is available and comes first in the order.",
        "proxy",
        "teacher",
        "available");

    public static readonly RuleDescriptor ActorUnavailable = new(
        "SP-F006",
        Severity.Error,
        "松山 七(三) (人員異動)",
        "{0} 已標記為無法執行職務，不能進行「{1}」。",
        "{0} is marked unavailable and may not {1}.",
        "actor",
        "action:name:action");

    public static readonly RuleDescriptor NotOwnRecord = new(
        "SP-F007",
        Severity.Error,
        "作業要點 第3點 (學生上傳、勾選自己的資料)",
        "學生 {0} 不能對 {1} 的資料進行「{2}」。",
        "Student {0} may not {2} for student {1}.",
        "actor",
        "student",
        "action:name:action");

    public static readonly RuleDescriptor NotCertified = new(
        "SP-F008",
        Severity.Error,
        "作業要點 (經任課教師認證之課程學習成果始得勾選、提交)",
        "紀錄 {0} 未經認證或認證後內容已變更，不能進行「{1}」。",
        "Record {0} is not certified (or changed after certification); it is not possible to {1}.",
        "record",
        "action:name:action");

    public static readonly RuleDescriptor NoChange = new(
        "SP-F009",
        Severity.Error,
        "作業要點 (重新上傳)",
        "紀錄 {0} 的內容沒有變更，這次「{1}」不會有任何效果。",
        "Record {0} has the same content; to {1} would change nothing.",
        "record",
        "action:name:action");

    public static readonly RuleDescriptor WrongSubmittingUnit = new(
        "SP-F010",
        Severity.Error,
        "松山 六(一) (各類資料之提交單位)",
        "{0} 不屬於「{1}」的提交單位 {2}。",
        "{0} does not belong to {2}, the submitting unit for {1}.",
        "actor",
        "kind:name:content",
        "unit:name:unit");

    public static readonly RuleDescriptor ConfirmationClosed = new(
        "SP-F011",
        Severity.Error,
        "作業要點 (收訖明細確認期間不得少於3日); 收訖明細 開放確認期限",
        "收訖明細的確認期限 {0} 已過（現在 {1}）。",
        "The receipt confirmation deadline {0} has passed (now {1}).",
        "deadline:instant",
        "at:instant");

    public static readonly RuleDescriptor UploadNotNew = new(
        "SP-F012",
        Severity.Error,
        "作業要點 第3點 (學生上傳後由任課教師認證)",
        "新上傳的紀錄 {0} 不能已有認證結果或已勾選。",
        "A new upload {0} must not carry a certification decision or a selection.",
        "record");

    public static readonly RuleDescriptor SelectedButNotCertified = new(
        "SP-F013",
        Severity.Warning,
        "作業要點 (經認證之課程學習成果始得提交)",
        "紀錄 {0} 已勾選但未經認證（或認證後內容已變更），未列入提交批次。",
        "Record {0} is selected but not certified (or changed after certification); it was left out of the batch.",
        "record");

    public static readonly RuleDescriptor StudentNotInReceipt = new(
        "SP-F014",
        Severity.Error,
        "作業要點 (學生確認收訖明細)",
        "收訖明細中沒有學生 {0} 的資料。",
        "The receipt holds no data for student {0}.",
        "student");

    public static readonly RuleDescriptor NotAssignedTeacher = new(
        "SP-F015",
        Severity.Error,
        "松山 五(三)1 (經任課教師認證); 白河 四(一)四 (授課班級)",
        "{0} 沒有在 {3} 學期為 {2} 班講授課程 {1}，不能認證這份成果。",
        "{0} does not teach course {1} to class {2} in term {3} and may not certify this outcome.",
        "actor",
        "course",
        "class",
        "term");

    public static readonly RuleDescriptor CertificationRefused = new(
        "SP-F016",
        Severity.Error,
        "學校自訂認證條件 (ICertificationAuthorizer)",
        "{0} 不能認證紀錄 {1}：{2}",
        "{0} may not certify record {1}: {2}",
        "actor",
        "record",
        "reason");

    public static readonly RuleDescriptor OfficeProxyNotInTurn = new(
        "SP-F017",
        Severity.Error,
        "松山 七(一)1(2)、2(2); 七(三)1 (行政人員代理人名單及代理順位)",
        "代理人 {0} 不能代{1} {2} 執行「{3}」：{4} 仍可執行（代理順位較前）。",
        "Proxy {0} may not act for {1} {2} to {3}: {4} is available and comes first in the order.",
        "proxy",
        "office:name:role",
        "holder",
        "action:name:action",
        "available");

    public static readonly RuleDescriptor NotOfficeHolder = new(
        "SP-F018",
        Severity.Error,
        "松山 七(一)1(2)、2(2); 七(三)1 (行政人員代理人名單及代理順位)",
        "{0} 不是{1}的承辦人 {2}，也不在其代理人名單上，不能執行「{3}」。",
        "{0} is neither {2}, who holds the work of {1}, nor on its proxy list, and may not {3}.",
        "actor",
        "office:name:role",
        "holder",
        "action:name:action");

    public static readonly RuleDescriptor RecordNotInReceipt = new(
        "SP-F024",
        Severity.Error,
        "松山 六(二) (收訖明細疑義)",
        "收訖明細中學生 {0} 的資料沒有這一列（{1}）。",
        "The receipt lists no such row ({1}) for student {0}.",
        "student",
        "row");

    public static readonly RuleDescriptor NotALeaver = new(
        "SP-F025",
        Severity.Error,
        "松山 七(三)3 (離校學生以紙本郵寄確認收訖明細)",
        "學生 {0} 尚未離校，應由學生在學校平臺上確認收訖明細。",
        "Student {0} has not left the school and confirms the receipt on the platform.",
        "student");

    public static readonly RuleDescriptor PaperReferenceRequired = new(
        "SP-F026",
        Severity.Error,
        "松山 七(三)3 (紙本郵寄確認)",
        "學生 {0} 的紙本確認必須填寫收件文號。",
        "The paper confirmation of student {0} needs a reference.",
        "student");

    public static readonly RuleDescriptor PaperReceivedInFuture = new(
        "SP-F027",
        Severity.Error,
        "松山 七(三)3 (紙本郵寄確認)",
        "紙本確認的收件日期 {0} 晚於今天（{1}）。",
        "The paper confirmation's date received {0} is after today ({1}).",
        "received:date",
        "today:date");

    public static readonly RuleDescriptor BasicDataNotRechecked = new(
        "SP-F030",
        Severity.Warning,
        "白河 四(一)二 (註冊組每學期再次檢核確認學生基本資料)",
        "學生 {0} 的基本資料在 {1} 學期沒有經過註冊組再次檢核。",
        "The basic data of student {0} was not re-checked by the registrar in term {1}.",
        "student",
        "term");

    public static readonly RuleDescriptor MissingFromReceipt = new(
        "SP-F020",
        Severity.Error,
        "作業要點 (收訖明細確認); 松山 六(二)",
        "已提交的紀錄 {0}（{1}）不在收訖明細中。",
        "Submitted record {0} ({1}) is missing from the receipt.",
        "record",
        "kind:name:content");

    public static readonly RuleDescriptor UnexpectedInReceipt = new(
        "SP-F021",
        Severity.Warning,
        "作業要點 (收訖明細確認); 松山 六(二)",
        "收訖明細中的紀錄 {0}（{1}）不在這個提交批次中。",
        "Receipt record {0} ({1}) was not in the submitted batch.",
        "record",
        "kind:name:content");

    public static readonly RuleDescriptor ChangedInReceipt = new(
        "SP-F022",
        Severity.Error,
        "作業要點 (收訖明細確認); 松山 六(二)",
        "紀錄 {0} 在收訖明細中的內容（{2}）與提交的內容（{1}）不同。",
        "Record {0} differs in the receipt ({2}) from what was submitted ({1}).",
        "record",
        "submittedHash",
        "receivedHash");

    public static readonly RuleDescriptor ReceiptDoesNotMatchBatch = new(
        "SP-F023",
        Severity.Error,
        "作業要點 (收訖明細確認)",
        "收訖明細的{0}（{1}）與提交批次（{2}）不同。",
        "The receipt's {0} ({1}) does not match the batch ({2}).",
        "field:name:receiptField",
        "receipt:name:content",
        "batch:name:content");

    public static readonly RuleDescriptor InputMalformed = new(
        "SP-X501",
        Severity.Error,
        "收訖明細 / 提交批次 JSON 格式",
        "{0} 不是正確的 JSON：{1}",
        "{0} is not well-formed JSON: {1}",
        "document",
        "detail");

    public static readonly RuleDescriptor InputFieldMissing = new(
        "SP-X502",
        Severity.Error,
        "收訖明細 / 提交批次 JSON 格式",
        "{0} 缺少必要欄位 {1}。",
        "{0} lacks the required field {1}.",
        "document",
        "field");

    public static readonly RuleDescriptor InputValueInvalid = new(
        "SP-X503",
        Severity.Error,
        "收訖明細 / 提交批次 JSON 格式",
        "{0} 的欄位 {1} 值不正確：{2}",
        "{0} has an invalid value in {1}: {2}",
        "document",
        "field",
        "detail");

    public static IEnumerable<RuleDescriptor> All =>
    [
        RoleNotPermitted, TransitionNotAllowed, ReasonRequired, NotCourseTeacher, ProxyNotInTurn, ActorUnavailable,
        NotOwnRecord, NotCertified, NoChange, WrongSubmittingUnit, ConfirmationClosed, UploadNotNew,
        SelectedButNotCertified, StudentNotInReceipt, NotAssignedTeacher, CertificationRefused, OfficeProxyNotInTurn,
        NotOfficeHolder, RecordNotInReceipt, NotALeaver, PaperReferenceRequired, PaperReceivedInFuture, BasicDataNotRechecked,
        MissingFromReceipt, UnexpectedInReceipt, ChangedInReceipt,
        ReceiptDoesNotMatchBatch, InputMalformed, InputFieldMissing, InputValueInvalid,
    ];
}
