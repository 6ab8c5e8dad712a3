namespace StudentPortfolio.Samples.Validator;

/// <summary>The report could not be written to standard output.</summary>
internal sealed class OutputFailedException(Exception inner) : Exception("cannot write the report to standard output: " + inner.Message, inner);
