using StudentPortfolio.Internal;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Validation;

/// <summary>
/// Where a school rule (<see cref="ISchoolRule"/>) reports what it finds on one student. Each report becomes a
/// <see cref="ValidationIssue"/> of the rule's descriptor, with the student, the record and the JSON path, like the
/// library's own issues. The arguments are masked like every message of the library (an ID-shaped run prints as
/// <c>A12****789</c>).
/// </summary>
/// <remarks>Valid only during the <see cref="ISchoolRule.Check"/> call it is given to; not thread-safe.</remarks>
public sealed class SchoolRuleIssues
{
    private readonly RuleDescriptor _rule;
    private readonly StudentView _student;
    private readonly StudentIssueSink _sink;
    private bool _closed;

    internal SchoolRuleIssues(RuleDescriptor rule, StudentView student, StudentIssueSink sink)
    {
        _rule = rule;
        _student = student;
        _sink = sink;
    }

    /// <summary>Gets the rule whose issues are reported.</summary>
    public RuleDescriptor Rule => _rule;

    /// <summary>Gets the number of issues reported so far.</summary>
    public int Count { get; private set; }

    /// <summary>Reports an issue about the student as a whole (path: the student's path).</summary>
    /// <param name="arguments">The message arguments, in the order of <see cref="RuleDescriptor.Arguments"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="arguments"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The rule's check has returned.</exception>
    public void Report(params string[] arguments) => Add(null, _student.Path, arguments);

    /// <summary>Reports an issue about one record (path: the record's path; record id: the record's).</summary>
    /// <param name="record">The record, from the <see cref="StudentView"/> being checked.</param>
    /// <param name="arguments">The message arguments, in the order of <see cref="RuleDescriptor.Arguments"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The rule's check has returned.</exception>
    public void Report(RecordView record, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(record);
        Add(record.Id, record.Path, arguments);
    }

    /// <summary>Reports an issue about one field of a record (path: <c>record.field</c>, e.g. <c>$.students[3].outcomes[1].title</c>).</summary>
    /// <param name="record">The record, from the <see cref="StudentView"/> being checked.</param>
    /// <param name="field">The field's JSON name or relative path, e.g. <c>title</c> or <c>details.endDate</c>.</param>
    /// <param name="arguments">The message arguments, in the order of <see cref="RuleDescriptor.Arguments"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="field"/> is empty or white space.</exception>
    /// <exception cref="InvalidOperationException">The rule's check has returned.</exception>
    public void ReportField(RecordView record, string field, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        Add(record.Id, record.Path + "." + field, arguments);
    }

    /// <summary>Returns the rule code and the number of issues reported.</summary>
    /// <returns>For example <c>SchoolRuleIssues(BH-001, 2 issues)</c>.</returns>
    public override string ToString() => $"SchoolRuleIssues({_rule.Code}, {Count} issues)";

    internal void Close() => _closed = true;

    private void Add(Identity.RecordId? recordId, string path, string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (_closed)
        {
            throw new InvalidOperationException($"School rule {_rule.Code} reported after its check returned; report only during ISchoolRule.Check.");
        }

        var masked = new string[arguments.Length];
        for (var i = 0; i < masked.Length; i++)
        {
            masked[i] = ErrorText.Mask(arguments[i] ?? throw new ArgumentNullException(nameof(arguments), $"Argument {i} of school rule {_rule.Code} is null."));
        }

        _sink.Add(_rule, recordId, path, masked);
        Count++;
    }
}
