namespace StudentPortfolio.PropertyTests.Export;

/// <summary>A kind of byte-level damage to a document.</summary>
public enum DamageKind
{
    Overwrite,
    Delete,
    Insert,
    Truncate,
}
