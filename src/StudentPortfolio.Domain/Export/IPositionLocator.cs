using StudentPortfolio.Rules;

namespace StudentPortfolio.Export;

/// <summary>Turns an index in the reader's current buffer into a position in the input.</summary>
internal interface IPositionLocator
{
    SourcePosition Locate(int bufferIndex);
}
