namespace StudentPortfolio.Bulk;

/// <summary>One attached file (<c>files[j]</c> of an outcome or performance) as seen by the bulk evaluator.</summary>
internal struct FileFact
{
    public RecordKind OwnerKind;
    public int OwnerIndex;
    public int Index;
    public FileMediaType MediaType;
    public long SizeBytes;          // -1 when absent or not an integer
}
