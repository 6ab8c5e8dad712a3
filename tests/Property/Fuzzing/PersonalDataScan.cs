using System.Text;
using System.Text.RegularExpressions;

namespace StudentPortfolio.PropertyTests.Fuzzing;

/// <summary>Finds unmasked national IDs of the input in text the library produced.</summary>
/// <remarks>
/// A national ID is the ID-shaped value (a letter, a letter or digit, eight digits; any case, valid checksum or
/// not) of a <c>nationalId</c> property of the input. ID-shaped text in other places (a record id, a property name)
/// is not a national ID and is echoed by design.
/// </remarks>
public static partial class PersonalDataScan
{
    /// <summary>Returns the national ID values of the (possibly damaged) input.</summary>
    public static IReadOnlyList<string> NationalIds(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        var ids = new List<string>();
        foreach (Match match in NationalIdProperty().Matches(text))
        {
            var value = match.Groups[1].Value;
            if (IdShape().IsMatch(value) && !ids.Contains(value))
            {
                ids.Add(value);
            }
        }

        return ids;
    }

    /// <summary>Returns a national ID of the input that occurs in <paramref name="text"/>, or <see langword="null"/>.</summary>
    public static string? FindLeak(string? text, IReadOnlyList<string> nationalIds)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        foreach (var id in nationalIds)
        {
            if (text.Contains(id, StringComparison.Ordinal))
            {
                return id;
            }
        }

        return null;
    }

    [GeneratedRegex("\"nationalId\"\\s*:\\s*\"([^\"\\\\]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex NationalIdProperty();

    [GeneratedRegex("^[A-Za-z][0-9A-Za-z][0-9]{8}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdShape();
}
