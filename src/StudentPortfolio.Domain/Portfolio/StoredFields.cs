using System.Diagnostics.CodeAnalysis;
using StudentPortfolio.Internal;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Portfolio;

/// <summary>
/// Collects the fields of an entity read from storage (a database row): parses each stored value, records an
/// <c>SP-D003</c> issue for every bad one instead of stopping at the first, and builds the entity only when all are
/// good. Used by the entities' <c>TryCreate</c> methods.
/// </summary>
internal sealed class StoredFields(string record)
{
    private List<ValidationIssue>? _issues;

    public bool IsValid => _issues is null;

    /// <summary>Parses a stored text value; on failure records an issue and returns the default value.</summary>
    public T Parse<T>(string field, string? text)
        where T : IParsable<T>
    {
        if (T.TryParse(text, null, out var value))
        {
            return value;
        }

        Add(field, text);
        return default!;
    }

    /// <summary>Checks a required stored text value.</summary>
    public string Text(string field, string? text)
    {
        if (text is null)
        {
            Add(field, "(null)");
            return string.Empty;
        }

        return text;
    }

    /// <summary>Checks that a stored number lies in a range.</summary>
    public int Range(string field, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            Add(field, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return value;
    }

    /// <summary>Checks that a stored enum value is defined.</summary>
    public TEnum Defined<TEnum>(string field, TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            Add(field, value.ToString());
        }

        return value;
    }

    /// <summary>Records a bad field.</summary>
    public void Add(string field, string? value) =>
        (_issues ??= []).Add(new ValidationIssue(IntegrityRules.StoredFieldInvalid, null, null, "$." + field, [record, field, ErrorText.Excerpt(value ?? "(null)", 80)]));

    /// <summary>Builds the entity when every field was good; a structural rule the constructor still rejects becomes an issue too.</summary>
    public bool Finish<T>(Func<T> build, [NotNullWhen(true)] out T? entity, out IReadOnlyList<ValidationIssue> issues)
        where T : class
    {
        entity = null;
        if (_issues is null)
        {
            try
            {
                entity = build();
            }
            catch (ArgumentException e)
            {
                Add(e.ParamName ?? "value", Describe(e));
            }
        }

        issues = _issues is null ? [] : new ValidationReport(_issues).Issues;
        return entity is not null;
    }

    private static string Describe(ArgumentException e)
    {
        var suffix = e.ParamName is null ? string.Empty : $" (Parameter '{e.ParamName}')";
        return e.Message.EndsWith(suffix, StringComparison.Ordinal) ? e.Message[..^suffix.Length] : e.Message;
    }
}
