using System.Text;
using StudentPortfolio.Export;
using static StudentPortfolio.UnitTests.Export.ReaderTestSupport;

namespace StudentPortfolio.UnitTests.Export;

public class BadInputTests
{
    private static SubmissionError Single(SubmissionReadResult result, string code)
    {
        var matching = result.Errors.Where(e => e.Code == code).ToList();
        Assert.True(matching.Count == 1, $"expected one {code}, got: {string.Join(" | ", result.Errors)}");
        return matching[0];
    }

    /// <summary>The one-based line and byte position of <paramref name="text"/>[<paramref name="charIndex"/>], computed from the UTF-8 bytes.</summary>
    private static (long Line, long Column, long Offset) PositionOf(string text, int charIndex)
    {
        var before = Encoding.UTF8.GetBytes(text[..charIndex]);
        var line = before.Count(b => b == (byte)'\n') + 1;
        var lastNewline = Array.LastIndexOf(before, (byte)'\n');
        return (line, before.Length - lastNewline, before.Length);
    }

    private static void AssertAt(SubmissionError error, string text, string marker)
    {
        var (line, column, offset) = PositionOf(text, text.IndexOf(marker, StringComparison.Ordinal));
        Assert.Equal((line, column, offset), (error.Position.Line, error.Position.Column, error.Position.Offset));
    }

    [Fact]
    public void Malformed_json_is_SP_X001_with_its_line_and_byte_position()
    {
        var text = SampleWith("\"studentNumber\": \"S110002\",", "\"studentNumber\": \"S110002\" ,,");
        var result = ReadLenient(text);
        var error = Single(result, "SP-X001");
        Assert.Equal("$.students[1]", error.Path);
        Assert.Equal(1, error.StudentIndex);
        var (line, _, _) = PositionOf(text, text.IndexOf(",,", StringComparison.Ordinal));
        Assert.Equal(line, error.Position.Line);

        // The student is left out and the students after it are still read.
        Assert.Equal(ReadLenient(SampleText()).Document!.Students.Count - 1, result.Document!.Students.Count);
        Assert.Equal("SP-X001", ReadStrictFails(text).Error!.Code);
    }

    [Fact]
    public void Wrong_type_is_SP_X004_with_the_json_path_and_position()
    {
        var text = SampleWith("\"grade\": 2,", "\"grade\": \"2\",");
        var error = Single(ReadLenient(text), "SP-X004");
        Assert.Equal("$.students[0].grade", error.Path);
        Assert.Contains("an integer", error.Message, StringComparison.Ordinal);
        AssertAt(error, text, "\"2\",");
    }

    [Fact]
    public void Unknown_enum_value_is_SP_X005()
    {
        var text = SampleWith("\"kind\": \"makeUp\"", "\"kind\": \"makeup\"");
        var error = Single(ReadLenient(text), "SP-X005");
        Assert.Equal("$.students[1].courses[1].kind", error.Path);
        Assert.Contains("makeUp", error.Message, StringComparison.Ordinal);
        Assert.Equal("K2", error.Issue.RecordId!.Value.ToString());
    }

    [Fact]
    public void Missing_required_property_is_SP_X006()
    {
        var text = SampleWith("\"title\": \"班長\"", "\"unused\": null").Replace("\"unused\": null", "\"title\": \"班長\"", StringComparison.Ordinal);
        Assert.True(ReadLenient(text).IsValid);
        var missing = SampleWith(",\n          \"title\": \"班長\"", string.Empty);
        var error = Single(ReadLenient(missing), "SP-X006");
        Assert.Equal("$.students[0].cadres[0].title", error.Path);
    }

    [Fact]
    public void Unknown_property_is_SP_X007()
    {
        var text = SampleWith("\"grade\": 2,", "\"grade\": 2, \"nickname\": \"小明\",");
        Assert.Equal("$.students[0].nickname", Single(ReadLenient(text), "SP-X007").Path);
    }

    [Fact]
    public void Invalid_format_is_SP_X008()
    {
        var text = SampleWith("\"birthDate\": \"2008-05-01\"", "\"birthDate\": \"2008/05/01\"");
        var error = Single(ReadLenient(text), "SP-X008");
        Assert.Equal("$.students[0].birthDate", error.Path);
        Assert.Equal("SP-X008", Single(ReadLenient(SampleWith("\"term\": \"114-1\"", "\"term\": \"114-3\"")), "SP-X008").Code);
        Assert.Equal("SP-X008", Single(ReadLenient(SampleWith("\"link\": \"https://example.org/service/1\"", "\"link\": \"ftp://example.org/x\"")), "SP-X008").Code);
    }

    [Fact]
    public void Identity_number_with_a_bad_check_digit_is_SP_X009_and_stays_masked()
    {
        var text = SampleWith("\"A123456789\"", "\"A123456788\"");
        var result = ReadLenient(text);
        var error = Single(result, "SP-X009");
        Assert.Equal("$.students[0].nationalId", error.Path);
        Assert.Contains("A12****788", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("A123456788", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("A123456788", error.MessageZh, StringComparison.Ordinal);
        Assert.Null(error.Issue.Student);
        Assert.Equal(2, result.Document!.Students.Count);
        var strict = ReadStrictFails(text);
        Assert.DoesNotContain("A123456788", strict.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("A123456788", strict.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void String_over_the_limit_is_SP_X010_and_one_at_the_limit_passes()
    {
        var name = "王測試";
        var atLimit = ReadLenient(SampleBytes(), new SubmissionReaderOptions { MaxStringLength = 200 });
        Assert.True(atLimit.IsValid);
        var longest = SampleSubmission.Portfolios().SelectMany(p => p.Outcomes.Select(o => o.Description.Length)).Max();
        Assert.True(ReadLenient(SampleBytes(), new SubmissionReaderOptions { MaxStringLength = 64 }).IsValid, "64 covers every sample string");
        var text = SampleWith($"\"{name}\"", "\"" + new string('長', 65) + "\"");
        var error = Single(ReadLenient(text, new SubmissionReaderOptions { MaxStringLength = 64 }), "SP-X010");
        Assert.Equal("$.students[0].name", error.Path);
        Assert.Contains("65", error.Message, StringComparison.Ordinal);
        var exact = SampleWith($"\"{name}\"", "\"" + new string('長', 64) + "\"");
        Assert.True(ReadLenient(exact, new SubmissionReaderOptions { MaxStringLength = 64 }).IsValid);
        Assert.True(longest < 64);
    }

    [Fact]
    public void Duplicate_record_id_in_one_kind_is_SP_X011()
    {
        var text = SampleWith("\"id\": \"C2\"", "\"id\": \"C1\"");
        var error = Single(ReadLenient(text), "SP-X011");
        Assert.Equal("$.students[0].cadres[1].id", error.Path);
        Assert.Contains("C1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_id_in_different_kinds_is_not_a_duplicate()
    {
        // C1, K1, O1 and P1 are reused across students and kinds in the sample.
        Assert.True(ReadLenient(SampleBytes()).IsValid);
    }

    [Fact]
    public void Same_student_twice_is_SP_X011_with_the_key_masked()
    {
        var json = Minimal(MinimalStudent + "," + MinimalStudent);
        var result = ReadLenient(json);
        var error = Single(result, "SP-X011");
        Assert.Equal("$.students[1]", error.Path);
        Assert.Contains("A12****789", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("A123456789", error.ToString(), StringComparison.Ordinal);
        Assert.Single(result.Document!.Students);
    }

    [Fact]
    public void Header_property_after_students_is_SP_X013()
    {
        var json = Minimal(MinimalStudent);
        json = json.Replace(",\"generatedAt\":\"2026-01-20T08:00:00Z\"", string.Empty, StringComparison.Ordinal)[..^1] + ",\"generatedAt\":\"2026-01-20T08:00:00Z\"}";
        var result = ReadLenient(json);
        Assert.Null(result.Document);
        Assert.Contains(result.Errors, e => e.Code == "SP-X013" && e.Path == "$.generatedAt");
    }

    [Fact]
    public void Unsupported_schema_version_is_SP_X014()
    {
        var result = ReadLenient(SampleWith("\"1.0\"", "\"2.0\""));
        Assert.Null(result.Document);
        Assert.Equal("$.schemaVersion", Single(result, "SP-X014").Path);
    }

    [Fact]
    public void Data_of_an_undeclared_kind_is_SP_X015()
    {
        var json = Minimal(MinimalStudent, "\"basicData\",\"courseRecords\",\"courseOutcomes\"");
        var error = Single(ReadLenient(json), "SP-X015");
        Assert.Equal("$.students[0].performances", error.Path);
        Assert.Equal("multiPerformance", error.Issue.Arguments[1]);
        Assert.Contains("multi-performance", error.Message, StringComparison.Ordinal);
        Assert.Contains("多元表現", error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_property_is_SP_X016()
    {
        var text = SampleWith("\"grade\": 2,", "\"grade\": 2, \"grade\": 3,");
        Assert.Equal("$.students[0].grade", Single(ReadLenient(text), "SP-X016").Path);
    }

    [Fact]
    public void Retake_without_its_original_course_is_SP_X017()
    {
        var text = SampleWith("\"kind\": \"regular\",\n          \"origin\": null", "\"kind\": \"retake\",\n          \"origin\": null");
        var error = Single(ReadLenient(text), "SP-X017");
        Assert.Equal("$.students[0].courses[0]", error.Path);
        Assert.Contains("retake", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Certified_outcome_without_a_certifier_is_SP_X017()
    {
        var text = SampleWith("\"certifier\": \"T001\"", "\"certifier\": null");
        Assert.Equal("$.students[0].outcomes[0].certification", Single(ReadLenient(text), "SP-X017").Path);
    }

    [Fact]
    public void Edited_outcome_content_is_SP_X018()
    {
        var text = SampleWith("閱讀心得報告", "閱讀心得報告（改）");
        var error = Single(ReadLenient(text), "SP-X018");
        Assert.Equal("$.students[0].outcomes[0].contentHash", error.Path);
    }

    [Fact]
    public void Content_after_the_document_is_SP_X019()
    {
        var result = ReadLenient(SampleText() + "\n{}");
        var error = Single(result, "SP-X019");
        Assert.Equal(3, result.Document!.Students.Count);
        var text = SampleText() + "\n{}";
        var (line, column, _) = PositionOf(text, text.Length - 2);
        Assert.Equal((line, column), (error.Position.Line, error.Position.Column));
        Assert.Equal(error.Position.Offset, Encoding.UTF8.GetByteCount(SampleText()) + 1);
        Assert.True(ReadLenient(SampleText() + "\n\n  \r\n").IsValid);
    }

    [Fact]
    public void Truncated_file_is_SP_X002_and_the_students_before_the_cut_are_kept()
    {
        var bytes = SampleBytes();
        var secondStudent = Encoding.UTF8.GetByteCount(SampleText()[..SampleText().IndexOf("B200000013", StringComparison.Ordinal)]);
        var result = ReadLenient(bytes[..(secondStudent + 40)]);
        var error = Single(result, "SP-X002");
        Assert.Equal(1, error.StudentIndex);
        Assert.Equal(secondStudent + 40, error.Position.Offset);
        Assert.Single(result.Document!.Students);
        Assert.Equal("SP-X002", ReadStrictFails(bytes[..(secondStudent + 40)]).Error!.Code);
        Assert.Equal("SP-X002", Single(ReadLenient(bytes[..20]), "SP-X002").Code);
        Assert.Equal("SP-X002", Single(ReadLenient([]), "SP-X002").Code);
    }

    [Fact]
    public void Invalid_utf8_in_a_string_is_SP_X003_and_lenient_reading_continues()
    {
        var text = SampleText();
        var bytes = SampleBytes();
        var at = Encoding.UTF8.GetByteCount(text[..text.IndexOf("林範例", StringComparison.Ordinal)]);
        bytes[at] = 0xFF;
        var result = ReadLenient(bytes);
        var error = Single(result, "SP-X003");
        Assert.Equal("$.students[1].name", error.Path);
        Assert.Equal(2, result.Document!.Students.Count);
        Assert.Equal("SP-X003", ReadStrictFails(bytes).Error!.Code);
    }

    [Fact]
    public void Invalid_utf8_outside_strings_is_malformed_json()
    {
        var bytes = Encoding.UTF8.GetBytes(Minimal(MinimalStudent));
        var at = Encoding.UTF8.GetByteCount(Minimal(MinimalStudent)[..Minimal(MinimalStudent).IndexOf("\"grade\":2", StringComparison.Ordinal)]) + 8;
        Assert.Equal((byte)'2', bytes[at]);
        bytes[at] = 0xC3;
        Assert.Contains(ReadLenient(bytes).Errors, e => e.Code == "SP-X001");
    }

    [Fact]
    public void A_2_GB_string_is_SP_X012_without_allocating_it()
    {
        var prefix = Encoding.UTF8.GetBytes(Minimal(string.Empty)[..^2] + "{\"nationalId\":\"A123456789\",\"name\":\"");
        var suffix = Encoding.UTF8.GetBytes("\"}]}");
        foreach (var mode in new[] { SubmissionReadMode.Strict, SubmissionReadMode.Lenient })
        {
            using var stream = new HugeValueStream(prefix, 2L * 1024 * 1024 * 1024, (byte)'x', suffix);
            var options = new SubmissionReaderOptions { Mode = mode, MaxBytesPerStudent = 4 * 1024 * 1024 };
            if (mode == SubmissionReadMode.Strict)
            {
                var ex = Assert.Throws<SubmissionFormatException>(() => SubmissionReader.ReadDocument(stream, options, TestContext.Current.CancellationToken));
                Assert.Equal("SP-X012", ex.Error!.Code);
            }
            else
            {
                var result = SubmissionReader.ReadDocument(stream, options, TestContext.Current.CancellationToken);
                Assert.Equal(["SP-X012", "SP-X012"], result.Errors.Select(e => e.Code));
                Assert.StartsWith("The student object", result.Errors[0].Message, StringComparison.Ordinal);
                Assert.StartsWith("A single value", result.Errors[1].Message, StringComparison.Ordinal);
                Assert.All(result.Errors, e => Assert.Equal(0, e.StudentIndex));
                Assert.Empty(result.Document!.Students);
            }

            Assert.True(stream.BytesRead < 16L * 1024 * 1024, $"read {stream.BytesRead} bytes");
        }
    }

    [Fact]
    public void A_2_GB_header_value_is_SP_X012()
    {
        var prefix = Encoding.UTF8.GetBytes("{\"schemaVersion\":\"");
        using var stream = new HugeValueStream(prefix, 2L * 1024 * 1024 * 1024, (byte)'1', Encoding.UTF8.GetBytes("\"}"));
        var result = SubmissionReader.ReadDocument(stream, SubmissionReaderOptions.Lenient with { MaxBytesPerStudent = 1024 * 1024 }, TestContext.Current.CancellationToken);
        Assert.Null(result.Document);
        Assert.Equal("$", Single(result, "SP-X012").Path);
    }

    [Fact]
    public void Oversized_student_is_skipped_in_lenient_mode_and_the_next_one_is_read()
    {
        var big = Student("B200000013", ",\"padding\":[" + string.Join(",", Enumerable.Repeat("\"0123456789\"", 400)) + "]");
        var json = Minimal(big + "," + MinimalStudent);
        var options = SubmissionReaderOptions.Lenient with { MaxBytesPerStudent = 2048 };
        var result = ReadLenient(json, options);
        var error = Single(result, "SP-X012");
        Assert.Equal(0, error.StudentIndex);
        Assert.Single(result.Document!.Students);
        Assert.Equal("A12****789/2008-05-01", result.Document.Students[0].Key.ToString());
    }

    [Fact]
    public void Student_exactly_at_the_byte_limit_is_read()
    {
        var json = Minimal(MinimalStudent);
        var options = SubmissionReaderOptions.Lenient with { MaxBytesPerStudent = Math.Max(SubmissionReaderOptions.MinBytesPerStudent, json.Length) };
        Assert.True(ReadLenient(json, options).IsValid);
    }

    [Fact]
    public void Document_that_is_not_an_object_is_SP_X004()
    {
        Assert.Equal("$", Single(ReadLenient("[]"), "SP-X004").Path);
        Assert.Equal("$.students", Single(ReadLenient(Minimal(string.Empty).Replace("\"students\":[]", "\"students\":{}", StringComparison.Ordinal)), "SP-X004").Path);
    }

    [Fact]
    public void Student_that_is_not_an_object_is_reported_and_the_next_is_read()
    {
        var result = ReadLenient(Minimal("1,[2,3]," + MinimalStudent));
        Assert.Equal(["$.students[0]", "$.students[1]"], result.Errors.Select(e => e.Path));
        Assert.Single(result.Document!.Students);
    }

    [Fact]
    public void Missing_students_array_is_SP_X006()
    {
        var json = Minimal(string.Empty).Replace(",\"students\":[]", string.Empty, StringComparison.Ordinal);
        var result = ReadLenient(json);
        Assert.Equal("$.students", Single(result, "SP-X006").Path);
        Assert.Empty(result.Document!.Students);
    }

    [Fact]
    public void Lenient_mode_reads_every_good_student_and_reports_the_bad_ones()
    {
        var json = Minimal(string.Join(",", Student("A123456788"), Student("B200000013").Replace("\"grade\":2", "\"grade\":9", StringComparison.Ordinal), Student("E120000029")));
        var result = ReadLenient(json);
        Assert.Equal([0, 1], result.Errors.Select(e => e.StudentIndex!.Value));
        Assert.Equal(["SP-X009", "SP-X008"], result.Errors.Select(e => e.Code));
        Assert.Equal("E12****029/2008-05-01", Assert.Single(result.Document!.Students).Key.ToString());
    }

    [Fact]
    public void Bad_sample_files_give_their_documented_errors()
    {
        var mixed = ReadLenient(File.ReadAllBytes(RepositoryFiles.PathOf("samples/data/bad/mixed-errors.json")));
        Assert.Equal(["SP-X009", "SP-X005"], mixed.Errors.Select(e => e.Code));
        Assert.Single(mixed.Document!.Students);
        var truncated = ReadLenient(File.ReadAllBytes(RepositoryFiles.PathOf("samples/data/bad/truncated.json")));
        Assert.Equal("SP-X002", Assert.Single(truncated.Errors).Code);
        Assert.Equal(2, truncated.Document!.Students.Count);
    }

    [Fact]
    public void Error_inside_performance_details_has_the_details_path_and_the_token_position()
    {
        var text = SampleWith("\"resultDate\": \"2025-11-02\"", "\"resultDate\": 20251102");
        var error = Single(ReadLenient(text), "SP-X004");
        Assert.Equal("$.students[0].performances[1].details.resultDate", error.Path);
        Assert.Equal("P2", error.Issue.RecordId!.Value.ToString());
        AssertAt(error, text, "20251102");
    }

    [Fact]
    public void Details_of_another_category_are_unknown_properties()
    {
        var text = SampleWith("\"category\": \"works\"", "\"category\": \"other\"");
        var result = ReadLenient(text);
        Assert.Contains(result.Errors, e => e.Code == "SP-X007" && e.Path == "$.students[1].performances[2].details.date");
        Assert.Contains(result.Errors, e => e.Code == "SP-X006" && e.Path == "$.students[1].performances[2].details.organiser");
    }

    [Fact]
    public void Header_error_has_its_position()
    {
        var text = SampleWith("\"academicYear\": 114", "\"academicYear\": 1140");
        var error = Single(ReadLenient(text), "SP-X008");
        Assert.Equal("$.academicYear", error.Path);
        Assert.Null(error.StudentIndex);
        AssertAt(error, text, "1140");
    }
}
