using System.Text;
using StudentPortfolio.Export;

namespace StudentPortfolio.UnitTests.Export;

/// <summary>Helpers to read documents from text and bytes in tests.</summary>
internal static class ReaderTestSupport
{
    public static byte[] SampleBytes() => SubmissionWriter.ToUtf8Bytes(SampleSubmission.Create());

    public static string SampleText() => Encoding.UTF8.GetString(SampleBytes());

    public static SubmissionReadResult ReadLenient(string json, SubmissionReaderOptions? options = null) =>
        ReadLenient(Encoding.UTF8.GetBytes(json), options);

    public static SubmissionReadResult ReadLenient(byte[] bytes, SubmissionReaderOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        return SubmissionReader.ReadDocument(stream, (options ?? SubmissionReaderOptions.Default) with { Mode = SubmissionReadMode.Lenient });
    }

    public static SubmissionFormatException ReadStrictFails(string json) => ReadStrictFails(Encoding.UTF8.GetBytes(json));

    public static SubmissionFormatException ReadStrictFails(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return Assert.Throws<SubmissionFormatException>(() => SubmissionReader.ReadDocument(stream, cancellationToken: TestContext.Current.CancellationToken));
    }

    /// <summary>Replaces the first occurrence of <paramref name="find"/> in the sample text (fails when absent).</summary>
    public static string SampleWith(string find, string replace)
    {
        var text = SampleText();
        var i = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(i >= 0, $"'{find}' not in the sample");
        return string.Concat(text.AsSpan(0, i), replace, text.AsSpan(i + find.Length));
    }

    /// <summary>A minimal valid document with the given students JSON (array contents).</summary>
    public static string Minimal(string students, string kinds = "\"basicData\",\"courseRecords\",\"courseOutcomes\",\"multiPerformance\"") =>
        "{\"schemaVersion\":\"1.0\",\"school\":\"000000\",\"academicYear\":114,\"semester\":1,\"contentKinds\":[" + kinds +
        "],\"generatedAt\":\"2026-01-20T08:00:00Z\",\"students\":[" + students + "]}";

    public const string MinimalStudent =
        "{\"nationalId\":\"A123456789\",\"birthDate\":\"2008-05-01\",\"name\":\"王測試\",\"school\":\"000000\",\"studentNumber\":\"S1\"," +
        "\"programme\":\"301\",\"grade\":2,\"className\":\"商二甲\",\"seat\":null,\"cadres\":[],\"courses\":[],\"outcomes\":[],\"performances\":[]," +
        "\"autobiography\":null,\"enrollment\":[]}";

    public static string Student(string nationalId = "A123456789", string extra = "") =>
        MinimalStudent.Replace("A123456789", nationalId, StringComparison.Ordinal).Replace("\"enrollment\":[]", "\"enrollment\":[]" + extra, StringComparison.Ordinal);
}
