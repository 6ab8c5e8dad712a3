namespace StudentPortfolio.Validation;

/// <summary>One attached file (<c>files[j]</c> of an outcome or performance) as seen by the bulk evaluator.</summary>
internal struct FileFact
{
    public RecordKind OwnerKind;
    public int OwnerIndex;
    public int Index;
    public FileMediaType MediaType;
    public long SizeBytes;          // -1 when absent or not an integer
    public int NameStart;           // fileName bytes in StudentFacts' id arena; NameLength 0 = absent
    public int NameLength;
    public int TypeStart;           // mediaType bytes in the arena (kept for FileMediaType.Other)
    public int TypeLength;
    public int HashStart;           // sha256 bytes in the arena (for the outcome's content hash); length 0 = absent
    public int HashLength;
}
