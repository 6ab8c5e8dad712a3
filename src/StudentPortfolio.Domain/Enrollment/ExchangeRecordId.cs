using StudentPortfolio.Identity;

namespace StudentPortfolio.Enrollment;

/// <summary>
/// Record ids in exchange packages: <c>{sourceSchool}:{originalId}</c>, e.g. <c>041305:O1</c>. An id already of
/// that form (a record that came from an earlier school) keeps its prefix, so it names the school where the record
/// was first made.
/// </summary>
internal static class ExchangeRecordId
{
    private const int PrefixLength = SchoolCode.Length + 1;

    public static bool IsPrefixed(RecordId id)
    {
        var s = id.ToString().AsSpan();
        return s.Length > PrefixLength && s[SchoolCode.Length] == ':' && SchoolCode.IsValid(s[..SchoolCode.Length]);
    }

    public static RecordId Prefix(SchoolCode school, RecordId id, string content)
    {
        if (IsPrefixed(id))
        {
            return id;
        }

        var text = string.Concat(school.ToString(), ":", id.ToString());
        return RecordId.TryParse(text, out var prefixed)
            ? prefixed
            : throw new ArgumentException(
                $"The {content} id '{id}' is too long to be exchanged: '{school}:' plus the id must fit in {RecordId.MaxLength} characters.",
                nameof(id));
    }

    /// <summary>Returns the school of first record and the id there.</summary>
    public static (SchoolCode? School, string OriginalId) Split(RecordId id)
    {
        var s = id.ToString();
        return IsPrefixed(id) ? (Internal.ValueText.Parse<SchoolCode>(s.AsSpan(0, SchoolCode.Length)), s[PrefixLength..]) : (null, s);
    }
}
