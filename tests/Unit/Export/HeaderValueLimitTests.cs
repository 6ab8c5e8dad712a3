using System.Text;
using StudentPortfolio.Bulk;
using StudentPortfolio.Export;
using StudentPortfolio.Rules;
using StudentPortfolio.UnitTests.Bulk;

namespace StudentPortfolio.UnitTests.Export;

/// <summary>
/// A header member (its name and value, with the separators before it) of more than
/// <see cref="DocumentFramer.MaxHeaderValueBytes"/> is refused with the same typed error whatever the read buffer's
/// size; one at the limit is read.
/// </summary>
public sealed class HeaderValueLimitTests
{
    private static readonly int[] BufferSizes = [16, 4096, 64 * 1024, 1 << 20, 4 << 20];

    // {"x":"aaa…", then the usual header: the unit of the unknown member "x" is `"x":"` + padding + `"`.
    private static string WithUnknownMember(int unitBytes) =>
        "{\"x\":\"" + new string('a', unitBytes - 6) + "\"," + BulkJson.Document(BulkJson.Student())[1..];

    // The same unit as a member after the students array (`,"x":"…"` is a unit of its own: the comma belongs to it).
    private static string WithMemberAfterStudents(int unitBytes) =>
        BulkJson.Document(BulkJson.Student())[..^1] + ",\"x\":\"" + new string('a', unitBytes - 7) + "\"}";

    public static TheoryData<string> Placements => new() { "header", "after students" };

    private static string Document(string placement, int unitBytes) =>
        placement == "header" ? WithUnknownMember(unitBytes) : WithMemberAfterStudents(unitBytes);

    [Theory]
    [MemberData(nameof(Placements))]
    public void A_member_one_byte_over_the_limit_is_the_same_error_with_every_buffer_size(string placement)
    {
        var bytes = Encoding.UTF8.GetBytes(Document(placement, DocumentFramer.MaxHeaderValueBytes + 1));

        var errors = BufferSizes.Select(size => Frame(bytes, size)).ToList();

        Assert.All(errors, e => Assert.NotNull(e.Fatal));
        Assert.All(errors, e => Assert.Equal("SP-X012", e.Fatal!.Code));
        Assert.All(errors, e => Assert.Contains("65536", e.Fatal!.Issue.Message, StringComparison.Ordinal));
        Assert.Single(errors.Select(e => (e.Fatal!.Issue.Message, e.Fatal.Position)).Distinct());
        Assert.Single(errors.Select(e => e.Students).Distinct());
    }

    [Theory]
    [MemberData(nameof(Placements))]
    public void A_member_at_the_limit_is_read_with_every_buffer_size(string placement)
    {
        var bytes = Encoding.UTF8.GetBytes(Document(placement, DocumentFramer.MaxHeaderValueBytes));

        var errors = BufferSizes.Select(size => Frame(bytes, size)).ToList();

        Assert.All(errors, e => Assert.Null(e.Fatal));
        Assert.All(errors, e => Assert.Equal(1, e.Students));
        Assert.All(errors, e => Assert.Equal([ImportRules.UnknownProperty.Code], e.Codes)); // the unknown member, not its size
    }

    [Theory]
    [InlineData(16)]
    [InlineData(1 << 20)]
    [InlineData(4 << 20)]
    public async Task The_bulk_validator_and_the_reader_refuse_a_header_member_over_the_limit_whatever_the_buffer(int bufferSize)
    {
        var json = WithUnknownMember(DocumentFramer.MaxHeaderValueBytes + 1);
        var options = new BulkValidationOptions { MaxDegreeOfParallelism = 1, BufferSize = bufferSize };

        var summary = await new BulkValidator().ValidateAsync(BulkJson.Stream(json), options, cancellationToken: TestContext.Current.CancellationToken);
        var read = SubmissionReader.ReadDocument(BulkJson.Stream(json), SubmissionReaderOptions.Lenient, TestContext.Current.CancellationToken);

        Assert.NotNull(summary.FatalIssue);
        Assert.Contains(summary.DocumentIssues, i => i.Code == "SP-X012");
        Assert.Equal(0, summary.StudentsRead);
        Assert.Contains(read.Errors, e => e.Code == "SP-X012");
        Assert.Empty(read.Document?.Students ?? []);
    }

    private static (SubmissionError? Fatal, long Students, string[] Codes) Frame(byte[] bytes, int bufferSize)
    {
        var framer = new DocumentFramer(16 << 20, SubmissionReaderOptions.DefaultMaxStringLength, bufferSize, readStudentsWithoutHeader: true);
        var codes = new List<string>();
        using var stream = new MemoryStream(bytes);
        while (true)
        {
            var kind = framer.Advance();
            if (kind == FrameKind.NeedData)
            {
                framer.Filled(stream.Read(framer.GetFillBuffer().Span));
                continue;
            }

            if (kind == FrameKind.End || (kind == FrameKind.Document && framer.Fatal is not null) || (kind == FrameKind.HeaderReady && framer.Fatal is not null))
            {
                break;
            }

            if (kind == FrameKind.HeaderReady)
            {
                codes.AddRange(framer.HeaderErrors.Select(e => e.Code));
            }
            else if (kind == FrameKind.Document)
            {
                codes.Add(framer.DocumentError!.Code);
            }
        }

        return (framer.Fatal, framer.ElementsFramed, [.. codes]);
    }
}
