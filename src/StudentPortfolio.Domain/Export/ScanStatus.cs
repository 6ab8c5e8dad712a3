namespace StudentPortfolio.Export;

/// <summary>What <see cref="SubmissionScanner.Advance"/> stopped for.</summary>
internal enum ScanStatus
{
    /// <summary>The buffer needs more input; fill <see cref="SubmissionScanner.GetFillBuffer"/> and call <see cref="SubmissionScanner.Filled"/>.</summary>
    NeedData,

    /// <summary>The header phase ended (the header may be <see langword="null"/> after a fatal error).</summary>
    HeaderReady,

    /// <summary>A student result (or a document-level error) is ready in <see cref="SubmissionScanner.TakeItem"/>.</summary>
    Item,

    /// <summary>Nothing more to read.</summary>
    End,
}
