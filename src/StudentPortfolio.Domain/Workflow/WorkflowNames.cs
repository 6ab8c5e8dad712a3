using StudentPortfolio.Rules;

namespace StudentPortfolio.Workflow;

/// <summary>The Traditional Chinese and English display names of the workflow's roles, actions, states and units (from <see cref="DisplayNames"/>).</summary>
public static class WorkflowNames
{
    /// <summary>Returns the display names of <paramref name="role"/>.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The names, e.g. 註冊組 / the registrar.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is undefined.</exception>
    public static DisplayName Of(Role role) => Get("role", role);

    /// <summary>Returns the display names of <paramref name="action"/>; the English name is a verb phrase.</summary>
    /// <param name="action">The action.</param>
    /// <returns>The names, e.g. 認證課程學習成果 / certify a course learning outcome.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is undefined.</exception>
    public static DisplayName Of(WorkflowAction action) => Get("action", action);

    /// <summary>Returns the display names of <paramref name="state"/>.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The names, e.g. 已上傳（待認證） / uploaded.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is undefined.</exception>
    public static DisplayName Of(OutcomeState state) => Get("state", state);

    /// <summary>Returns the display names of <paramref name="unit"/>.</summary>
    /// <param name="unit">The submitting unit.</param>
    /// <returns>The names, e.g. 教務處註冊組 / the registrar.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is undefined.</exception>
    public static DisplayName Of(SubmittingUnit unit) => Get("unit", unit);

    private static DisplayName Get<TEnum>(string table, TEnum value)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) && DisplayNames.Find(table, value.ToString()) is { } name
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Undefined {typeof(TEnum).Name}.");
}
