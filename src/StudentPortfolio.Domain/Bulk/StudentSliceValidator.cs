using System.Globalization;
using StudentPortfolio.Export;
using StudentPortfolio.Rules;
using StudentPortfolio.Validation;

namespace StudentPortfolio.Bulk;

/// <summary>
/// Validates one framed student: the frame's own problems, then the submission format's one walker
/// (<see cref="StudentParser"/>, the same code the importer runs, so both report the same format errors) fills the
/// <see cref="StudentFacts"/>, and the policy rules (<see cref="RuleEvaluator"/>) run on them.
/// </summary>
/// <remarks>Not thread-safe: one instance per worker, reused for every student.</remarks>
internal sealed class StudentSliceValidator
{
    private readonly RuleEvaluator? _evaluator;
    private readonly PortfolioValidationOptions _options;
    private readonly Func<SubmissionHeader?>? _header;
    private readonly RuleEvaluator.Scratch _ruleScratch = new();
    private readonly StudentFacts _facts = new();
    private readonly StudentIssueSink _issues = new();
    private readonly StudentParser _walker = new(SubmissionReaderOptions.Default, locator: null);

    /// <summary>Creates a validator; <paramref name="header"/> gives the document's header once read (null: none valid).</summary>
    public StudentSliceValidator(RuleEvaluator? evaluator, PortfolioValidationOptions options, Func<SubmissionHeader?>? header = null)
    {
        _evaluator = evaluator;
        _options = options;
        _header = header;
        _issues.Limit = options.MaxIssuesPerStudent;
    }

    /// <summary>Gets the facts of the student validated last (for tests and rules).</summary>
    public StudentFacts Facts => _facts;

    public StudentValidationResult Validate(in StudentFrame frame)
    {
        _facts.Reset(frame.Index);
        _issues.Clear();
        var index = frame.Index.ToString(CultureInfo.InvariantCulture);
        switch (frame.Problem)
        {
            case ElementProblem.Malformed:
                _issues.Add(BulkRules.MalformedStudent, null, _facts.Prefix, index, Num(frame.ProblemLine), Num(frame.ProblemOffset), frame.Detail ?? "malformed JSON");
                break;
            case ElementProblem.Truncated:
                _issues.Add(BulkRules.Truncated, null, _facts.Prefix, Num(frame.ProblemLine), Num(frame.ProblemOffset), frame.Detail ?? "the file ends inside this student");
                break;
            case ElementProblem.TooLarge:
                _issues.Add(BulkRules.StudentTooLarge, null, _facts.Prefix, index, Num(frame.Size), Num(frame.Length), Num(frame.ByteOffset));
                break;
            case ElementProblem.NotObject:
                _issues.Add(BulkRules.DocumentStructure, null, _facts.Prefix, Num(frame.Line), Num(frame.ByteOffset), $"student {index} is {frame.Detail}, not an object");
                break;
            default:
                ValidateSlice(frame);
                break;
        }

        return new StudentValidationResult(frame.Index, new SourcePosition(frame.Line, frame.Column, frame.ByteOffset), _facts.Key, _issues.Build(_facts.Key), _issues.Dropped);
    }

    private void ValidateSlice(in StudentFrame frame)
    {
        if (!_walker.Walk(frame.Buffer!, frame.Length, frame.Index, _header?.Invoke(), _facts, _issues))
        {
            return; // malformed JSON: the facts are incomplete
        }

        _evaluator?.Evaluate(_facts, _options, _issues, _ruleScratch);
    }

    private static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);
}
