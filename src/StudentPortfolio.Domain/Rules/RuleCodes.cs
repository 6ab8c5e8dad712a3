// Generated from the rule groups by tests/Unit/Rules/RuleCodesTests.cs; do not edit.
// Regenerate with: UPDATE_DOCS=1 dotnet test --project tests/Unit

namespace StudentPortfolio.Rules;

/// <summary>
/// The stable code of every rule as a constant, grouped like the rule catalogue, for <c>switch</c> statements and
/// filters: <c>issue.Code == RuleCodes.Quota.OutcomeSelectionsPerYear</c>. Codes never change meaning once shipped.
/// </summary>
#pragma warning disable CA1034 // Nested groups read as RuleCodes.Quota.X, like the catalogue's groups.
public static class RuleCodes
{
    /// <summary>The <c>SP-B</c> codes (bulk rules).</summary>
    public static class Bulk
    {
        /// <summary><c>SP-B001</c> (Error): The JSON of student {0} is malformed (line {1}, byte {2}): {3}</summary>
        public const string MalformedStudent = "SP-B001";

        /// <summary><c>SP-B002</c> (Error): The file ends early at line {0}, byte {1}: {2}</summary>
        public const string Truncated = "SP-B002";

        /// <summary><c>SP-B004</c> (Error): Student {0} has {1} bytes, more than the maximum of {2} (byte {3})</summary>
        public const string StudentTooLarge = "SP-B004";

        /// <summary><c>SP-B005</c> (Error): The document structure is wrong (line {0}, byte {1}): {2}</summary>
        public const string DocumentStructure = "SP-B005";
    }

    /// <summary>The <c>SP-C</c> codes (content rules).</summary>
    public static class Content
    {
        /// <summary><c>SP-C001</c> (Error): The description of {0} must not be empty.</summary>
        public const string DescriptionEmpty = "SP-C001";

        /// <summary><c>SP-C002</c> (Error): The description of {0} has {1} characters; at most {2} are allowed.</summary>
        public const string DescriptionTooLong = "SP-C002";

        /// <summary><c>SP-C003</c> (Error): The file {1} of {0} has the media type {2}, which is not accepted; accepted: {3}.</summary>
        public const string FileTypeNotAllowed = "SP-C003";

        /// <summary><c>SP-C004</c> (Error): The file {1} of {0} is {2} bytes; {3} files may be at most {4} bytes.</summary>
        public const string FileTooLarge = "SP-C004";

        /// <summary><c>SP-C005</c> (Error): {0} starts on {1}, after its end date {2}.</summary>
        public const string DateOrder = "SP-C005";

        /// <summary><c>SP-C006</c> (Error): {0} ({1}) lacks the required field {2}.</summary>
        public const string RequiredFieldMissing = "SP-C006";

        /// <summary><c>SP-C007</c> (Warning): The course code {1} of {0} is not among the student&apos;s course records of term {2}.</summary>
        public const string OutcomeCourseNotTaken = "SP-C007";

        /// <summary><c>SP-C008</c> (Error): {0} has {1} document files; at most {2} are allowed per item.</summary>
        public const string TooManyDocumentFiles = "SP-C008";

        /// <summary><c>SP-C009</c> (Error): {0} has {1} audio or video files; at most {2} are allowed per item.</summary>
        public const string TooManyAudioVideoFiles = "SP-C009";

        /// <summary><c>SP-C010</c> (Error): The file name {1} of {0} does not agree with its media type {2} (expected extension: {3}).</summary>
        public const string FileNameDisagreesWithType = "SP-C010";
    }

    /// <summary>The <c>SP-E</c> codes (enrollment rules).</summary>
    public static class Enrollment
    {
        /// <summary><c>SP-E001</c> (Error): Enrollment event {0} ({1} {2}) is impossible: {3}</summary>
        public const string ImpossibleSequence = "SP-E001";

        /// <summary><c>SP-E002</c> (Error): {0} {1} must be submitted by school {2}, not by school {3}.</summary>
        public const string WrongSubmittingSchool = "SP-E002";

        /// <summary><c>SP-E003</c> (Error): No submission is due for term {0} ({1}); school {2} must not submit it.</summary>
        public const string NoSubmissionDue = "SP-E003";

        /// <summary><c>SP-E004</c> (Warning): {0} {1} is dated in term {2}, during which the student was suspended throughout.</summary>
        public const string RecordInSuspendedTerm = "SP-E004";

        /// <summary><c>SP-E005</c> (Error): Transfer record {0} has original term {1}, later than the submission term {2}.</summary>
        public const string TransferOriginAfterSubmission = "SP-E005";

        /// <summary><c>SP-E006</c> (Error): Transferred course learning outcome {0} was not certified at the original school {1}, or was changed since, and cannot be submitted.</summary>
        public const string TransferOutcomeNotCertified = "SP-E006";

        /// <summary><c>SP-E007</c> (Warning): Borrowed-study record {0} names host school {1}, but the enrollment history shows no borrowed study there in term {2}.</summary>
        public const string BorrowedStudyHostMismatch = "SP-E007";

        /// <summary><c>SP-E008</c> (Error): {0} {1} from the exchange package of school {2} has the same id as an existing record but different content; the existing record was kept.</summary>
        public const string ExchangeConflict = "SP-E008";

        /// <summary><c>SP-E009</c> (Warning): Transfer record {0} comes from school {1}, but the enrollment history has no transfer-in from that school.</summary>
        public const string TransferReceiverUnknown = "SP-E009";
    }

    /// <summary>The <c>SP-R</c> codes (extension rules).</summary>
    public static class Extension
    {
        /// <summary><c>SP-R001</c> (Error): School rule {0} failed ({1}); the student was not checked against it</summary>
        public const string SchoolRuleFailed = "SP-R001";
    }

    /// <summary>The <c>SP-X</c> codes (import rules).</summary>
    public static class Import
    {
        /// <summary><c>SP-X001</c> (Error): The JSON is malformed: {0}</summary>
        public const string MalformedJson = "SP-X001";

        /// <summary><c>SP-X002</c> (Error): The file ends before the document is complete (truncated file).</summary>
        public const string Truncated = "SP-X002";

        /// <summary><c>SP-X003</c> (Error): The text of {0} is not valid UTF-8.</summary>
        public const string InvalidUtf8 = "SP-X003";

        /// <summary><c>SP-X004</c> (Error): {0} must be {1}, not {2}.</summary>
        public const string WrongType = "SP-X004";

        /// <summary><c>SP-X005</c> (Error): &apos;{1}&apos; is not an accepted value of {0} (accepted: {2}).</summary>
        public const string UnknownEnumValue = "SP-X005";

        /// <summary><c>SP-X006</c> (Error): The required property {0} is missing.</summary>
        public const string MissingProperty = "SP-X006";

        /// <summary><c>SP-X007</c> (Error): The property {0} is not part of the format.</summary>
        public const string UnknownProperty = "SP-X007";

        /// <summary><c>SP-X008</c> (Error): The value &apos;{1}&apos; of {0} is not valid: {2}</summary>
        public const string InvalidValue = "SP-X008";

        /// <summary><c>SP-X009</c> (Error): The identity number &apos;{0}&apos; is not valid: {1}</summary>
        public const string InvalidNationalId = "SP-X009";

        /// <summary><c>SP-X010</c> (Error): {0} is {1} characters long; the import limit is {2}.</summary>
        public const string StringTooLong = "SP-X010";

        /// <summary><c>SP-X011</c> (Error): {0} &apos;{1}&apos; appears more than once.</summary>
        public const string Duplicate = "SP-X011";

        /// <summary><c>SP-X012</c> (Error): {0} exceeds the import limit of {1} bytes.</summary>
        public const string TooLarge = "SP-X012";

        /// <summary><c>SP-X013</c> (Error): The header property {0} must come before students.</summary>
        public const string HeaderOrder = "SP-X013";

        /// <summary><c>SP-X014</c> (Error): Schema version &apos;{0}&apos; is not supported (supported: {1}).</summary>
        public const string UnsupportedSchemaVersion = "SP-X014";

        /// <summary><c>SP-X015</c> (Error): {0} belongs to the content kind {1}, which the header does not declare.</summary>
        public const string UndeclaredContent = "SP-X015";

        /// <summary><c>SP-X016</c> (Error): The property {0} appears more than once in the same object.</summary>
        public const string DuplicateProperty = "SP-X016";

        /// <summary><c>SP-X017</c> (Error): The data of {0} is inconsistent: {1}</summary>
        public const string InconsistentRecord = "SP-X017";

        /// <summary><c>SP-X018</c> (Error): The content hash of {0} does not match the outcome&apos;s content (computed {1}).</summary>
        public const string ContentHashMismatch = "SP-X018";

        /// <summary><c>SP-X019</c> (Error): There is content after the end of the document.</summary>
        public const string TrailingContent = "SP-X019";

        /// <summary><c>SP-X020</c> (Error): {0} holds more than {1} JSON objects (records, files, details), the import limit.</summary>
        public const string TooManyObjects = "SP-X020";
    }

    /// <summary>The <c>SP-D</c> codes (integrity rules).</summary>
    public static class Integrity
    {
        /// <summary><c>SP-D001</c> (Error): The record id {0} appears {2} times among the {1}.</summary>
        public const string DuplicateRecordId = "SP-D001";

        /// <summary><c>SP-D002</c> (Warning): The student left on {0}; the {1}-year retention period (counted from the next day) has ended, so the data may be deleted from {2} ({3}).</summary>
        public const string RetentionPeriodOver = "SP-D002";

        /// <summary><c>SP-D003</c> (Error): The stored {0} has an invalid {1}: &apos;{2}&apos;.</summary>
        public const string StoredFieldInvalid = "SP-D003";

        /// <summary><c>SP-D004</c> (Warning): {0} belongs to term {1}, before the first version of policy {2} took effect on {3}; it was checked under that version.</summary>
        public const string RecordBeforePolicy = "SP-D004";
    }

    /// <summary>The <c>SP-Q</c> codes (quota rules).</summary>
    public static class Quota
    {
        /// <summary><c>SP-Q001</c> (Error): {1} course learning outcomes of academic year {0} are selected for the central database; at most {2} are allowed.</summary>
        public const string OutcomeSelectionsPerYear = "SP-Q001";

        /// <summary><c>SP-Q002</c> (Error): {1} multi-performance items of academic year {0} are selected for the central database; at most {2} are allowed.</summary>
        public const string PerformanceSelectionsPerYear = "SP-Q002";

        /// <summary><c>SP-Q003</c> (Error): {1} course learning outcomes are uploaded for {0}; the school allows at most {2} ({3}).</summary>
        public const string OutcomeUploadsAboveMaximum = "SP-Q003";

        /// <summary><c>SP-Q004</c> (Warning): Only {1} course learning outcomes are uploaded for {0}; the school expects at least {2} ({3}).</summary>
        public const string OutcomeUploadsBelowMinimum = "SP-Q004";

        /// <summary><c>SP-Q005</c> (Error): {1} multi-performance items are uploaded for {0}; the school allows at most {2} ({3}).</summary>
        public const string PerformanceUploadsAboveMaximum = "SP-Q005";

        /// <summary><c>SP-Q006</c> (Warning): Only {1} multi-performance items are uploaded for {0}; the school expects at least {2} ({3}).</summary>
        public const string PerformanceUploadsBelowMinimum = "SP-Q006";

        /// <summary><c>SP-Q007</c> (Error): The application to {0} picks {1} course learning outcomes; universities accept at most {2}.</summary>
        public const string UniversityOutcomePicks = "SP-Q007";

        /// <summary><c>SP-Q008</c> (Error): The application to {0} picks {1} course learning outcomes; technical colleges accept at most {2}.</summary>
        public const string TechnicalCollegeOutcomePicks = "SP-Q008";

        /// <summary><c>SP-Q009</c> (Error): The application to {0} picks {1} multi-performance items; at most {2} are accepted.</summary>
        public const string PerformancePicks = "SP-Q009";
    }

    /// <summary>The <c>SP-S</c> codes (selection rules).</summary>
    public static class Selection
    {
        /// <summary><c>SP-S001</c> (Error): The selected course learning outcome {0} is not certified by the course teacher (status: {1}), or it changed after certification.</summary>
        public const string SelectedOutcomeNotCertified = "SP-S001";

        /// <summary><c>SP-S002</c> (Error): {0} selects the same item as {1} other selection(s).</summary>
        public const string DuplicateSelection = "SP-S002";

        /// <summary><c>SP-S003</c> (Error): {0} belongs to academic year {1} and cannot be selected in the submission of academic year {2}.</summary>
        public const string SelectionFromAnotherYear = "SP-S003";

        /// <summary><c>SP-S004</c> (Error): The application to {0} picks {1}, which is not an item selected into the central database.</summary>
        public const string PickNotInCentralDatabase = "SP-S004";

        /// <summary><c>SP-S005</c> (Warning): {0} was left out of the submission of school {1} for term {2} (reason: {3}).</summary>
        public const string LeftOutOfSubmission = "SP-S005";
    }

    /// <summary>The <c>SP-W</c> codes (window rules).</summary>
    public static class Window
    {
        /// <summary><c>SP-W001</c> (Error): {0} ({1}) happened at {2}, outside the window {3} to {4}.</summary>
        public const string ActionOutsideWindow = "SP-W001";

        /// <summary><c>SP-W002</c> (Error): The {0} window of {1} ends at {3}, not after its start {2}.</summary>
        public const string WindowEndsBeforeStart = "SP-W002";

        /// <summary><c>SP-W003</c> (Error): The self-check time {2} of the {0} window of {1} is outside the window {3} to {4}.</summary>
        public const string SelfCheckOutsideWindow = "SP-W003";

        /// <summary><c>SP-W004</c> (Error): The student upload window of {0} closes at {1}, earlier than {3} days after the closing ceremony on {2} ({4}).</summary>
        public const string UploadClosesTooSoon = "SP-W004";

        /// <summary><c>SP-W005</c> (Error): The receipt-confirmation window of {0} spans {1} day(s), fewer than {2}.</summary>
        public const string ReceiptConfirmationTooShort = "SP-W005";

        /// <summary><c>SP-W006</c> (Warning): The calendar has no {0} window for {1}, so the timing cannot be checked.</summary>
        public const string WindowMissing = "SP-W006";

        /// <summary><c>SP-W007</c> (Warning): The calendar has no closing-ceremony date for {0}, so the upload deadline cannot be checked.</summary>
        public const string ClosingCeremonyMissing = "SP-W007";

        /// <summary><c>SP-W008</c> (Error): The {0} window of {1} has no self-check time.</summary>
        public const string SelfCheckMissing = "SP-W008";
    }

    /// <summary>The <c>SP-F</c> codes (workflow rules).</summary>
    public static class Workflow
    {
        /// <summary><c>SP-F001</c> (Error): {0} (roles: {1}) may not {2}.</summary>
        public const string RoleNotPermitted = "SP-F001";

        /// <summary><c>SP-F002</c> (Error): Record {0} is {1}; it is not possible to {2} in that state.</summary>
        public const string TransitionNotAllowed = "SP-F002";

        /// <summary><c>SP-F003</c> (Error): A reason is required to {0}.</summary>
        public const string ReasonRequired = "SP-F003";

        /// <summary><c>SP-F004</c> (Error): {0} is neither the teacher of course {1} nor on its proxy list.</summary>
        public const string NotCourseTeacher = "SP-F004";

        /// <summary><c>SP-F005</c> (Error): Proxy {0} may not act for {1}: {2} is available and comes first in the order.</summary>
        public const string ProxyNotInTurn = "SP-F005";

        /// <summary><c>SP-F006</c> (Error): {0} is marked unavailable and may not {1}.</summary>
        public const string ActorUnavailable = "SP-F006";

        /// <summary><c>SP-F007</c> (Error): Student {0} may not {2} for student {1}.</summary>
        public const string NotOwnRecord = "SP-F007";

        /// <summary><c>SP-F008</c> (Error): Record {0} is not certified (or changed after certification); it is not possible to {1}.</summary>
        public const string NotCertified = "SP-F008";

        /// <summary><c>SP-F009</c> (Error): Record {0} has the same content; to {1} would change nothing.</summary>
        public const string NoChange = "SP-F009";

        /// <summary><c>SP-F010</c> (Error): {0} does not belong to {2}, the submitting unit for {1}.</summary>
        public const string WrongSubmittingUnit = "SP-F010";

        /// <summary><c>SP-F011</c> (Error): The receipt confirmation deadline {0} has passed (now {1}).</summary>
        public const string ConfirmationClosed = "SP-F011";

        /// <summary><c>SP-F012</c> (Error): A new upload {0} must not carry a certification decision or a selection.</summary>
        public const string UploadNotNew = "SP-F012";

        /// <summary><c>SP-F013</c> (Warning): Record {0} is selected but not certified (or changed after certification); it was left out of the batch.</summary>
        public const string SelectedButNotCertified = "SP-F013";

        /// <summary><c>SP-F014</c> (Error): The receipt holds no data for student {0}.</summary>
        public const string StudentNotInReceipt = "SP-F014";

        /// <summary><c>SP-F015</c> (Error): {0} does not teach course {1} to class {2} in term {3} and may not certify this outcome.</summary>
        public const string NotAssignedTeacher = "SP-F015";

        /// <summary><c>SP-F016</c> (Error): {0} may not certify record {1}: {2}</summary>
        public const string CertificationRefused = "SP-F016";

        /// <summary><c>SP-F017</c> (Error): Proxy {0} may not act for {1} {2} to {3}: {4} is available and comes first in the order.</summary>
        public const string OfficeProxyNotInTurn = "SP-F017";

        /// <summary><c>SP-F018</c> (Error): {0} is neither {2}, who holds the work of {1}, nor on its proxy list, and may not {3}.</summary>
        public const string NotOfficeHolder = "SP-F018";

        /// <summary><c>SP-F020</c> (Error): Submitted record {0} ({1}) is missing from the receipt.</summary>
        public const string MissingFromReceipt = "SP-F020";

        /// <summary><c>SP-F021</c> (Warning): Receipt record {0} ({1}) was not in the submitted batch.</summary>
        public const string UnexpectedInReceipt = "SP-F021";

        /// <summary><c>SP-F022</c> (Error): Record {0} differs in the receipt ({2}) from what was submitted ({1}).</summary>
        public const string ChangedInReceipt = "SP-F022";

        /// <summary><c>SP-F023</c> (Error): The receipt&apos;s {0} ({1}) does not match the batch ({2}).</summary>
        public const string ReceiptDoesNotMatchBatch = "SP-F023";

        /// <summary><c>SP-F024</c> (Error): The receipt lists no such row ({1}) for student {0}.</summary>
        public const string RecordNotInReceipt = "SP-F024";

        /// <summary><c>SP-F025</c> (Error): Student {0} has not left the school and confirms the receipt on the platform.</summary>
        public const string NotALeaver = "SP-F025";

        /// <summary><c>SP-F026</c> (Error): The paper confirmation of student {0} needs a reference.</summary>
        public const string PaperReferenceRequired = "SP-F026";

        /// <summary><c>SP-F027</c> (Error): The paper confirmation&apos;s date received {0} is after today ({1}).</summary>
        public const string PaperReceivedInFuture = "SP-F027";

        /// <summary><c>SP-F030</c> (Warning): The basic data of student {0} was not re-checked by the registrar in term {1}.</summary>
        public const string BasicDataNotRechecked = "SP-F030";

        /// <summary><c>SP-X501</c> (Error): {0} is not well-formed JSON: {1}</summary>
        public const string InputMalformed = "SP-X501";

        /// <summary><c>SP-X502</c> (Error): {0} lacks the required field {1}.</summary>
        public const string InputFieldMissing = "SP-X502";

        /// <summary><c>SP-X503</c> (Error): {0} has an invalid value in {1}: {2}</summary>
        public const string InputValueInvalid = "SP-X503";
    }
}
