using StudentPortfolio.Bulk;
using StudentPortfolio.Export;
using StudentPortfolio.Policies;
using StudentPortfolio.Workflow;
using StudentPortfolio.UnitTests.Export;

namespace StudentPortfolio.PropertyTests.Fuzzing;

/// <summary>
/// The fuzzing oracles. Each runs one mutated input and returns <see langword="null"/> when the library behaved (it
/// parsed the input or reported only its typed errors, and no text it produced has an unmasked national ID of the
/// input), or a description of the failure.
/// </summary>
public static class FuzzTargets
{
    private static readonly BulkValidator Bulk = new();
    private static readonly BulkValidationOptions BulkOptions = new() { MaxDegreeOfParallelism = 1, BufferSize = 4096, QueueCapacity = 4 };
    private static readonly SubmissionReaderOptions SmallStrict = new() { MaxBytesPerStudent = 8192, MaxStringLength = 4096 };
    private static readonly SubmissionReaderOptions SmallLenient = SmallStrict with { Mode = SubmissionReadMode.Lenient };

    /// <summary>The submission reader: strict and lenient, whole-document and streaming, whole buffers and trickled reads.</summary>
    public static string? Reader(byte[] input, out bool accepted)
    {
        var ok = 0;
        string? failure =
            Guarded("strict document", input, () => ReadDocument(input, SubmissionReaderOptions.Default, chunk: 0, ref ok))
            ?? Guarded("lenient document trickled", input, () => ReadDocument(input, SubmissionReaderOptions.Lenient, chunk: 7, ref ok))
            ?? Guarded("strict streaming trickled", input, () => ReadStreaming(input, SmallStrict, chunk: 13))
            ?? Guarded("lenient streaming", input, () => ReadStreaming(input, SmallLenient, chunk: 0))
            ?? Guarded("lenient streaming async", input, () => ReadStreamingAsync(input, SubmissionReaderOptions.Lenient).GetAwaiter().GetResult());
        accepted = ok > 0;
        return failure;
    }

    /// <summary>The exchange package reader: strict and lenient, from a span and from a trickled stream; what it reads is written back.</summary>
    public static string? Exchange(byte[] input, out bool accepted)
    {
        var ok = false;
        var failure = Guarded("exchange strict span", input, () =>
        {
            var result = ExchangePackageFile.Read(input, SubmissionReaderOptions.Default);
            ok = true;
            return result.Package + "\n" + System.Text.Encoding.UTF8.GetString(ExchangePackageFile.ToUtf8Bytes(result.Package!)).Length;
        }) ?? Guarded("exchange lenient trickled", input, () =>
        {
            var result = ExchangePackageFile.Read(new TrickleStream(input, 7), SmallLenient);
            return string.Join("\n", result.Errors.Select(Describe));
        });
        accepted = ok;
        return failure;
    }

    /// <summary>The policy loader, from a span and from a stream.</summary>
    public static string? Policy(byte[] input, out bool accepted)
    {
        var ok = false;
        var failure = Guarded("policy span", input, () =>
        {
            var policy = PortfolioPolicy.Read(input);
            ok = true;
            return policy.ToString();
        }) ?? Guarded("policy stream", input, () => PortfolioPolicy.Read(new TrickleStream(input, 5)).Id);
        accepted = ok;
        return failure;
    }

    /// <summary>The receipt reader, from a span and from a stream, with the default and custom field names.</summary>
    public static string? Receipt(byte[] input, out bool accepted)
    {
        var ok = false;
        var failure = Guarded("receipt span", input, () =>
        {
            var receipt = ReceiptDocument.Read(input);
            ok = true;
            return Describe(receipt);
        }) ?? Guarded("receipt stream custom fields", input, () => Describe(ReceiptDocument.Read(new TrickleStream(input, 5), CustomFields)));
        accepted = ok;
        return failure;
    }

    /// <summary>The batch reader, and the writer on what it read.</summary>
    public static string? Batch(byte[] input, out bool accepted)
    {
        var ok = false;
        var failure = Guarded("batch", input, () =>
        {
            var batch = SubmissionBatch.Read(input);
            using var copy = new MemoryStream();
            batch.WriteTo(copy);
            if (!SubmissionBatch.Read(copy.ToArray()).Equals(batch))
            {
                throw new InvalidOperationException("The batch written back does not read as the same batch.");
            }

            ok = true;
            return batch + "\n" + string.Join("\n", batch.Entries);
        });
        accepted = ok;
        return failure;
    }

    /// <summary>The bulk validator, single-threaded with small buffers so framing crosses buffer boundaries.</summary>
    public static string? BulkValidation(byte[] input, out bool accepted)
    {
        var completed = false;
        var failure = Guarded("bulk", input, () =>
        {
            var texts = new System.Text.StringBuilder();
            string? badCode = null;
            var summary = Bulk.ValidateAsync(new MemoryStream(input), BulkOptions, onStudent: (result, _) =>
            {
                texts.Append(result).Append('\n');
                foreach (var issue in result.Issues)
                {
                    texts.Append(issue).Append(' ').Append(issue.Message).Append(' ').Append(issue.MessageZh).Append(' ').Append(issue.Path).Append('\n');
                    badCode ??= IsFramingCode(issue.Code) ? null : issue.Code;
                }

                return ValueTask.CompletedTask;
            }).GetAwaiter().GetResult();
            foreach (var code in summary.IssueCountsByCode.Keys)
            {
                badCode ??= IsFramingCode(code) ? null : code;
            }

            if (badCode is not null)
            {
                throw new UnexpectedCodeException(badCode);
            }

            completed = summary.Completed;
            return texts.Append(summary).ToString();
        });
        accepted = completed;
        return failure;
    }

    private static bool IsFramingCode(string code) => code.StartsWith("SP-B", StringComparison.Ordinal) || code.StartsWith("SP-X", StringComparison.Ordinal);

    private static string? Guarded(string variant, byte[] input, Func<string> run)
    {
        string text;
        try
        {
            text = run();
        }
        catch (SubmissionFormatException e)
        {
            text = Describe(e) + string.Join("\n", e.Errors.Select(Describe));
        }
        catch (PolicyFormatException e)
        {
            text = e.ToString();
        }
        catch (ReceiptFormatException e)
        {
            text = e + " " + e.Code + " " + e.Path;
        }
        catch (BulkValidationException e)
        {
            text = e + " " + e.Issue + " " + e.Issue?.Message + " " + e.Issue?.MessageZh;
            if (e.Issue is { } issue && !IsFramingCode(issue.Code))
            {
                return $"{variant}: BulkValidationException with code {issue.Code}";
            }
        }
        catch (Exception e)
        {
            return $"{variant}: {e.GetType().FullName}: {e.Message}\n{e.StackTrace}";
        }

        if (PersonalDataScan.FindLeak(text, PersonalDataScan.NationalIds(input)) is not { } leak)
        {
            return null;
        }

        var at = text.IndexOf(leak, StringComparison.Ordinal);
        var context = text.Substring(Math.Max(0, at - 700), Math.Min(text.Length - Math.Max(0, at - 700), 800)).Replace(leak, NationalIdMask(leak), StringComparison.Ordinal);
        return $"{variant}: unmasked national ID {NationalIdMask(leak)} in produced text: ...{context}...";
    }

    private static readonly ReceiptReadOptions CustomFields = new() { RecordIdFields = ["id", "紀錄編號"], ContentHashFields = ["contentHash"] };

    private static string Describe(ReceiptDocument receipt)
    {
        var text = new System.Text.StringBuilder().Append(receipt).Append(receipt.Name).Append(receipt.RosterInfo).Append(receipt.UploadedBy).Append('\n');
        foreach (var student in receipt.Students)
        {
            text.Append(student).Append(' ').Append(student.Path).Append('\n');
            foreach (var row in student.Records)
            {
                text.Append(row).Append(' ').Append(string.Join(",", row.Fields.Keys)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string NationalIdMask(string id) => id[..3] + "****" + id[7..];

    private static string Describe(SubmissionFormatException e) => e.ToString();

    private static string Describe(SubmissionError e) => $"{e} {e.Message} {e.MessageZh} {e.Path} {e.Issue}";

    private static string ReadDocument(byte[] input, SubmissionReaderOptions options, int chunk, ref int ok)
    {
        Stream stream = chunk == 0 ? new MemoryStream(input) : new TrickleStream(input, chunk);
        var result = SubmissionReader.ReadDocument(stream, options);
        var text = new System.Text.StringBuilder();
        foreach (var error in result.Errors)
        {
            text.Append(Describe(error)).Append('\n');
        }

        if (result.Document is { } document)
        {
            ok++;
            text.Append(document.Header).Append('\n');
            foreach (var student in document.Students)
            {
                text.Append(student).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string ReadStreaming(byte[] input, SubmissionReaderOptions options, int chunk)
    {
        Stream stream = chunk == 0 ? new MemoryStream(input) : new TrickleStream(input, chunk);
        var reader = SubmissionReader.Open(stream, options);
        var text = new System.Text.StringBuilder();
        text.Append(reader.Header).Append('\n');
        foreach (var error in reader.HeaderErrors)
        {
            text.Append(Describe(error)).Append('\n');
        }

        foreach (var student in reader.ReadStudents())
        {
            text.Append(student).Append('\n');
            foreach (var error in student.Errors)
            {
                text.Append(Describe(error)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static async Task<string> ReadStreamingAsync(byte[] input, SubmissionReaderOptions options)
    {
        var reader = await SubmissionReader.OpenAsync(new TrickleStream(input, 64), options).ConfigureAwait(false);
        var text = new System.Text.StringBuilder();
        await foreach (var student in reader.ReadStudentsAsync().ConfigureAwait(false))
        {
            text.Append(student).Append('\n');
            foreach (var error in student.Errors)
            {
                text.Append(Describe(error)).Append('\n');
            }
        }

        return text.ToString();
    }

    private sealed class UnexpectedCodeException(string code) : Exception($"unexpected rule code {code} from the structural bulk validator");
}
