using NodaTime;
using NodaTime.Testing;
using StudentPortfolio.Export;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.UnitTests.Export;

public class SubmissionExporterTests
{
    private static readonly SubmissionExporter Exporter = new(new FakeClock(Instant.FromUtc(2026, 1, 10, 2, 0)));

    private static async IAsyncEnumerable<LearningPortfolio> Rows(IEnumerable<LearningPortfolio> portfolios, Action<int>? onRow = null)
    {
        var i = 0;
        foreach (var portfolio in portfolios)
        {
            await Task.Yield();
            onRow?.Invoke(i++);
            yield return portfolio;
        }
    }

    [Fact]
    public async Task Exporting_an_async_sequence_writes_the_same_bytes_as_exporting_the_list()
    {
        var ct = TestContext.Current.CancellationToken;
        using var fromList = new MemoryStream();
        using var fromRows = new MemoryStream();

        var listHeader = await Exporter.ExportAsync(fromList, SampleSubmission.School, SampleSubmission.Term, ContentKinds.All, SampleSubmission.Portfolios(), ct);
        var rowsHeader = await Exporter.ExportAsync(fromRows, SampleSubmission.School, SampleSubmission.Term, ContentKinds.All, Rows(SampleSubmission.Portfolios()), ct);

        Assert.Equal(listHeader, rowsHeader);
        Assert.Equal(fromList.ToArray(), fromRows.ToArray());
        fromRows.Position = 0;
        var read = new SubmissionImporter(SubmissionReaderOptions.Default).ReadDocument(fromRows, ct);
        Assert.True(read.IsValid);
        Assert.Equal(SampleSubmission.Portfolios().Count, read.Document!.Students.Count);
    }

    [Fact]
    public async Task Cancelling_stops_the_export_before_the_next_row()
    {
        using var cancel = new CancellationTokenSource();
        var rowsRead = 0;
        var rows = Rows(SampleSubmission.Portfolios(), i =>
        {
            rowsRead = i + 1;
            if (i == 1)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Exporter.ExportAsync(new MemoryStream(), SampleSubmission.School, SampleSubmission.Term, ContentKinds.All, rows, cancel.Token));
        Assert.Equal(2, rowsRead);
    }

    [Fact]
    public async Task A_null_row_is_an_argument_error_naming_its_index()
    {
        var rows = Rows([.. SampleSubmission.Portfolios(), null!]);

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            Exporter.ExportAsync(new MemoryStream(), SampleSubmission.School, SampleSubmission.Term, ContentKinds.All, rows, TestContext.Current.CancellationToken));
        Assert.Contains("index 3", error.Message, StringComparison.Ordinal);
    }
}
