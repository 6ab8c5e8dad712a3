namespace StudentPortfolio.Workflow;

/// <summary>What the reconciliation of a batch against its receipt found for one record.</summary>
public enum ReconciliationStatus
{
    /// <summary>Submitted and listed unchanged in the receipt (收訖).</summary>
    Received = 1,

    /// <summary>Submitted but not in the receipt.</summary>
    Missing = 2,

    /// <summary>In the receipt but not in the batch (or a receipt row without a record identifier).</summary>
    Unexpected = 3,

    /// <summary>In both, but the receipt's content hash differs from the submitted one.</summary>
    Changed = 4,
}
