using System.Diagnostics.CodeAnalysis;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Workflow;

/// <summary>
/// The typed result of a workflow transition: either success with the new value and an audit entry, or failure
/// with the rule issue that explains why (an <c>SP-F</c> permission or state rule, or an <c>SP-W</c> window rule).
/// A transition never silently does nothing.
/// </summary>
/// <typeparam name="T">The value type, e.g. <see cref="OutcomeWorkItem"/>.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class WorkflowResult<T>
    where T : class
{
    private WorkflowResult(T? value, AuditEntry? audit, ValidationIssue? failure)
    {
        Value = value;
        Audit = audit;
        Failure = failure;
    }

    /// <summary>Gets a value indicating whether the transition happened.</summary>
    [MemberNotNullWhen(true, nameof(Value), nameof(Audit))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool IsValid => Failure is null;

    /// <summary>Gets the new value on success.</summary>
    public T? Value { get; }

    /// <summary>Gets the audit entry on success.</summary>
    public AuditEntry? Audit { get; }

    /// <summary>Gets the reason on failure.</summary>
    public ValidationIssue? Failure { get; }

    /// <summary>Returns the value or throws when the transition failed.</summary>
    /// <returns>The new value.</returns>
    /// <exception cref="InvalidOperationException">The transition failed; the message is the failure's message.</exception>
    public T GetValueOrThrow() => IsValid ? Value : throw new InvalidOperationException(Failure.ToString());

    /// <summary>Returns <c>OK</c> with the audit entry, or the failure.</summary>
    /// <returns>A one-line description (students masked).</returns>
    public override string ToString() => IsValid ? $"OK {Audit}" : $"Failed {Failure}";

    internal static WorkflowResult<T> Succeeded(T value, AuditEntry audit) => new(value, audit, null);

    internal static WorkflowResult<T> Failed(ValidationIssue failure) => new(null, null, failure);
}
