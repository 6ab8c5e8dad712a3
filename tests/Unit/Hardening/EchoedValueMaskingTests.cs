using System.Globalization;
using System.Text;
using StudentPortfolio.Bulk;
using StudentPortfolio.Export;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Rules;
using StudentPortfolio.UnitTests.Bulk;
using StudentPortfolio.UnitTests.Export;
using StudentPortfolio.Validation;
using StudentPortfolio.Workflow;
using B = StudentPortfolio.UnitTests.Validation.Build;

namespace StudentPortfolio.UnitTests.Hardening;

/// <summary>
/// Input values the library echoes (record ids, media types, policy ids, file names, receipt sheet names and row
/// ids) may hold a national ID. Every channel masks it, for all three kinds of ID: citizens, resident certificates in
/// the old form (second character A–D) and the new form (second character 8 or 9).
/// </summary>
public sealed class EchoedValueMaskingTests
{
    /// <summary>One valid ID of each kind, found by trying the check digit.</summary>
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var prefix in new[] { "F1311040", "AB234567", "A8234567" })
        {
            for (var last = 0; last < 100; last++)
            {
                var text = prefix + last.ToString("D2", CultureInfo.InvariantCulture);
                if (NationalId.TryParse(text, out _))
                {
                    data.Add(text);
                    break;
                }
            }
        }

        return data;
    }

    [Fact]
    public void The_ids_cover_citizens_and_both_resident_certificate_forms()
    {
        var kinds = Ids().Select(row => NationalId.Parse(row.Data).Kind).ToHashSet();

        Assert.Equal(3, kinds.Count);
    }

    private static void AssertMasked(string raw, params IEnumerable<string?> texts)
    {
        foreach (var text in texts)
        {
            Assert.False((text ?? string.Empty).Contains(raw, StringComparison.OrdinalIgnoreCase), text);
        }
    }

    private static IEnumerable<string> TextsOf(IEnumerable<ValidationIssue> issues) =>
        issues.SelectMany(i => new[] { i.Message, i.MessageZh, i.ToString(), i.Path, i.GetMessage(CultureInfo.GetCultureInfo("zh-TW")) }.Concat(i.Arguments));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Record_ids_and_media_types_holding_an_id_are_masked_in_issues_of_the_object_path(string raw)
    {
        var odd = B.File("b.bin", MediaType.Parse("application/x" + raw.ToLowerInvariant()));
        var a = B.Outcome(raw, selected: true);
        var b = new CourseLearningOutcome(RecordId.Parse(raw + "-O1"), a.Term, a.CourseCode, a.Title, a.Description, a.Files, isSelected: true);
        b = b.WithCertification(Certification.Certify("T001", B.CertifiedAt, b.ContentHash));
        var portfolio = B.PortfolioOf(outcomes: [a, b, B.Outcome(raw + "-O2", files: [odd])]);

        var report = new PortfolioValidator(PolicyPresets.National).Validate(portfolio);

        Assert.Contains(report.Issues, i => i.Code == "SP-S002" && i.Message.Contains(raw[..3] + "****" + raw[^3..], StringComparison.Ordinal));
        Assert.Contains(report.Issues, i => i.Code == "SP-C003");
        AssertMasked(raw, [.. TextsOf(report.Issues), report.ToString()]);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task Record_ids_and_media_types_holding_an_id_are_masked_in_issues_of_the_bulk_path(string raw)
    {
        var files = $"[{{\"fileName\":\"b.bin\",\"mediaType\":\"application/x{raw.ToLowerInvariant()}\",\"sizeBytes\":10}}]";
        var hash = new string('a', 64);
        var json = BulkJson.Document(BulkJson.Student(outcomes: "[" + HashedOutcome(raw, hash) + "," + HashedOutcome(raw + "-O1", hash) + "," + BulkJson.Outcome(id: raw + "-O2", selected: false, files: files) + "]"));
        var issues = new List<ValidationIssue>();

        await new BulkValidator(PolicyPresets.National).ValidateAsync(BulkJson.Stream(json), onStudent: (r, _) =>
        {
            issues.AddRange(r.Issues);
            return ValueTask.CompletedTask;
        }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains(issues, i => i.Code == "SP-S002");
        Assert.True(issues.Any(i => i.Code == "SP-C003"), string.Join("\n", issues));
        AssertMasked(raw, TextsOf(issues));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void A_record_id_named_twice_is_masked_in_the_import_exception(string raw)
    {
        var json = "{\"schemaVersion\":\"1.0\",\"school\":\"041305\",\"academicYear\":114,\"semester\":1,\"contentKinds\":[\"basicData\",\"courseOutcomes\"],\"generatedAt\":\"2026-01-20T08:00:00Z\",\"students\":["
            + BulkJson.Student(outcomes: "[" + BulkJson.Outcome(id: raw + "-O1") + "," + BulkJson.Outcome(id: raw + "-O1") + "]") + "]}";

        var e = Assert.Throws<SubmissionFormatException>(() => SubmissionReader.ReadDocument(BulkJson.Stream(json), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains(e.Errors, x => x.Code == "SP-X011");
        AssertMasked(raw, [e.Message, e.ToString(), .. e.Errors.Select(x => x.ToString()), .. TextsOf(e.Errors.Select(x => x.Issue))]);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void A_policy_id_and_a_policy_file_name_holding_an_id_are_masked(string raw)
    {
        var preset = Encoding.UTF8.GetString(ReadAll(PolicyPresets.OpenJson(PolicyPresets.NationalId)));
        Assert.Contains("\"id\": \"national\"", preset, StringComparison.Ordinal);
        var policy = PortfolioPolicy.Parse(preset.Replace("\"id\": \"national\"", $"\"id\": \"{raw}\"", StringComparison.Ordinal));
        var directory = Directory.CreateTempSubdirectory("sp-mask-");
        var path = Path.Combine(directory.FullName, raw + ".json");
        File.WriteAllText(path, "{ \"id\": 1 }");
        try
        {
            var e = Assert.Throws<PolicyFormatException>(() => PortfolioPolicy.ReadFile(path));

            Assert.Equal(raw, policy.Id);
            AssertMasked(raw, policy.ToString(), e.Message, e.ToString(), e.Problem, e.Path);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Receipt_sheet_names_and_row_ids_holding_an_id_are_masked(string raw)
    {
        var receiptJson = File.ReadAllText(RepositoryFiles.PathOf("samples/data/receipt-114-1.json"));
        var batch = SubmissionBatch.ReadFile(RepositoryFiles.PathOf("samples/data/batch-114-1.json"));
        var renamedRow = receiptJson.Replace("\"O-114-1-001\"", $"\"{raw}-O1\"", StringComparison.Ordinal);
        var badSheet = receiptJson.Replace("\"學期課程學習成果\": [", $"\"{raw}\": [ 1, ", StringComparison.Ordinal);
        var badRow = receiptJson.Replace("\"O-114-1-001\"", $"\"{raw}/1\"", StringComparison.Ordinal);
        Assert.NotEqual(receiptJson, renamedRow);
        Assert.NotEqual(receiptJson, badSheet);
        Assert.NotEqual(receiptJson, badRow);

        var receipt = ReceiptDocument.Read(Encoding.UTF8.GetBytes(renamedRow));
        var report = ReceiptReconciler.Reconcile(batch, receipt);
        var texts = new List<string?> { receipt.ToString(), report.ToString() };
        texts.AddRange(receipt.Students.SelectMany(s => s.Records).Select(r => r.ToString()));
        texts.AddRange(report.Lines.Select(l => l.ToString()));
        texts.AddRange(TextsOf(report.ToValidationReport().Issues));
        Assert.Contains(report.ToValidationReport().Issues, i => i.RecordId?.ToString() == raw + "-O1");
        foreach (var bad in new[] { badSheet, badRow })
        {
            var e = Assert.Throws<ReceiptFormatException>(() => ReceiptDocument.Read(Encoding.UTF8.GetBytes(bad)));
            texts.AddRange([e.Message, e.ToString(), e.Path, e.Problem]);
        }

        AssertMasked(raw, texts);
    }

    /// <summary>A selected, certified outcome in the bulk shape with the given content hash.</summary>
    internal static string HashedOutcome(string id, string hash) =>
        $"{{\"id\":\"{id}\",\"term\":\"114-1\",\"courseCode\":\"113041305ABCDEFGHIJKLMN\",\"kind\":\"regular\",\"origin\":null,\"title\":\"報告\",\"description\":\"說明\",\"files\":[],"
        + $"\"certification\":{{\"status\":\"certified\",\"certifiedHash\":\"{hash}\"}},\"selected\":true,\"contentHash\":\"{hash}\"}}";

    private static byte[] ReadAll(Stream stream)
    {
        using (stream)
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
