using StudentPortfolio.Enrollment;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Workflow;
using static StudentPortfolio.UnitTests.Workflow.WorkflowFixture;

namespace StudentPortfolio.UnitTests.Workflow;

public class ReceiptReconcilerTests
{
    private static readonly ContentHash H1 = ContentHash.Compute([1]);
    private static readonly ContentHash H2 = ContentHash.Compute([2]);

    private static SubmissionBatch Batch(params (StudentKey Student, string Id, ContentHash Hash)[] entries) =>
        new(School, T1141, SubmissionContentKind.CourseOutcomes, SubmittingUnit.Admissions, entries.Select(e => new BatchEntry(e.Student, RecordId.Parse(e.Id), e.Hash)));

    private static ReceiptDocument Receipt(SubmissionContentKind kind, params (StudentKey Student, string? Id, ContentHash? Hash)[] rows) =>
        new(kind, kind.ToString(), rows.GroupBy(r => r.Student).Select(g => new ReceiptStudent(
            g.Key,
            g.Select((r, i) => new ReceiptRecord("學期課程學習成果", r.Id is null ? null : RecordId.Parse(r.Id), r.Hash, new Dictionary<string, string?>(), $"$.x[{i}]")),
            "$")));

    private static ReceiptDocument Receipt(params (StudentKey Student, string? Id, ContentHash? Hash)[] rows) => Receipt(SubmissionContentKind.CourseOutcomes, rows);

    [Fact]
    public void Receipt_equal_to_the_batch_reports_everything_received()
    {
        var report = ReceiptReconciler.Reconcile(Batch((Alice, "O1", H1), (Bob, "O2", H2)), Receipt((Alice, "O1", H1), (Bob, "O2", H2)));
        Assert.True(report.IsComplete);
        Assert.Equal(2, report.ReceivedCount);
        Assert.Empty(report.ToValidationReport().Issues);
    }

    [Fact]
    public void Record_absent_from_the_receipt_is_missing_SP_F020()
    {
        var report = ReceiptReconciler.Reconcile(Batch((Alice, "O1", H1), (Alice, "O2", H2)), Receipt((Alice, "O1", H1)));
        Assert.Equal(1, report.MissingCount);
        Assert.Equal(ReconciliationStatus.Missing, report.Find(Alice, RecordId.Parse("O2"))!.Status);
        Assert.Equal("SP-F020", Assert.Single(report.ToValidationReport().Issues).Code);
        Assert.False(report.IsComplete);
    }

    [Fact]
    public void Receipt_row_not_in_the_batch_is_unexpected_SP_F021()
    {
        var report = ReceiptReconciler.Reconcile(Batch((Alice, "O1", H1)), Receipt((Alice, "O1", H1), (Bob, "O9", H2)));
        Assert.Equal(1, report.UnexpectedCount);
        var issue = Assert.Single(report.ToValidationReport().Issues);
        Assert.Equal("SP-F021", issue.Code);
        Assert.Equal(Bob, issue.Student);
        Assert.Equal(0, report.ToValidationReport().ErrorCount);
    }

    [Fact]
    public void Row_without_an_identifier_and_a_duplicate_row_are_unexpected()
    {
        var report = ReceiptReconciler.Reconcile(Batch((Alice, "O1", H1)), Receipt((Alice, "O1", H1), (Alice, null, null), (Alice, "O1", H1)));
        Assert.Equal(1, report.ReceivedCount);
        Assert.Equal(2, report.UnexpectedCount);
        Assert.Null(report.Lines[^2].Record);
    }

    [Fact]
    public void Different_hash_is_changed_SP_F022_with_both_hashes()
    {
        var report = ReceiptReconciler.Reconcile(Batch((Alice, "O1", H1)), Receipt((Alice, "O1", H2)));
        var line = Assert.Single(report.Lines);
        Assert.Equal((ReconciliationStatus.Changed, H1, H2), (line.Status, line.SubmittedHash!.Value, line.ReceivedHash!.Value));
        var issue = Assert.Single(report.ToValidationReport().Issues);
        Assert.Equal("SP-F022", issue.Code);
        Assert.Equal([line.Record.ToString()!, H1.ToString(), H2.ToString()], issue.Arguments);
    }

    [Fact]
    public void Row_without_a_hash_counts_as_received()
    {
        var report = ReceiptReconciler.Reconcile(Batch((Alice, "O1", H1)), Receipt((Alice, "O1", null)));
        Assert.True(report.IsComplete);
    }

    [Fact]
    public void Same_record_id_of_another_student_does_not_match()
    {
        var report = ReceiptReconciler.Reconcile(Batch((Alice, "O1", H1)), Receipt((Bob, "O1", H1)));
        Assert.Equal((0, 1, 1), (report.ReceivedCount, report.MissingCount, report.UnexpectedCount));
    }

    [Fact]
    public void Receipt_of_another_kind_is_a_header_mismatch_SP_F023()
    {
        var report = ReceiptReconciler.Reconcile(Batch((Alice, "O1", H1)), Receipt(SubmissionContentKind.MultiPerformance, (Alice, "O1", H1)));
        Assert.False(report.IsComplete);
        Assert.Equal("SP-F023", Assert.Single(report.HeaderIssues).Code);
    }

    [Fact]
    public void Shipped_sample_reconciles_to_three_received_one_missing_one_unexpected_one_changed()
    {
        var root = RepositoryRoot.Find();
        var batch = SubmissionBatch.ReadFile(Path.Combine(root, "samples", "data", "batch-114-1.json"));
        var receipt = ReceiptDocument.ReadFile(Path.Combine(root, "samples", "data", "receipt-114-1.json"));
        var report = ReceiptReconciler.Reconcile(batch, receipt);
        Assert.Equal("3 received, 1 missing, 1 unexpected, 1 changed", report.ToString());
        Assert.Equal(ReconciliationStatus.Missing, report.Find(new StudentKey(NationalId.Parse("C223456783"), new NodaTime.LocalDate(2009, 1, 15)), RecordId.Parse("O-114-1-005"))!.Status);
    }
}
