using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using NodaTime;
using StudentPortfolio.Rules;
using StudentPortfolio.Validation;

namespace StudentPortfolio.Bulk;

/// <summary>
/// Validates a whole submission file (大量檢核) while streaming it: one reader thread frames the students, worker
/// threads validate them, memory stays bounded whatever the file size. Reports progress, honours cancellation,
/// and returns a <see cref="BulkValidationSummary"/>; per-student results can be streamed in file order.
/// </summary>
/// <remarks>
/// <para>Stateless between runs and thread-safe: one instance may run several validations at once.</para>
/// <para>
/// Damage inside one student (malformed JSON, invalid UTF-8, an oversized student) becomes an issue on that
/// student and the run continues; a broken document structure or a truncated file ends the run with
/// <see cref="BulkValidationSummary.FatalIssue"/> set. Bad input never throws; a stream that cannot be read does.
/// </para>
/// </remarks>
public sealed class BulkValidator
{
    // Frame buffers are shared by the runs of this instance, so a run on a small file does not pay for filling
    // the pipeline with fresh buffers. Retains at most 512 buffers of at most 64 KiB (32 MiB).
    private readonly FrameBufferPool _frames = new(512);
    private readonly RuleEvaluator? _evaluator;
    private readonly SchoolRuleSet _schoolRules = SchoolRuleSet.Empty;

    /// <summary>
    /// Creates a validator with the format checks only: document framing (<see cref="BulkRules"/>) and the
    /// importer's value and shape rules (<see cref="ImportRules"/>), without any policy rule. Use
    /// <see cref="BulkValidator(Policies.PortfolioPolicy, Calendar.SubmissionCalendar, IEnumerable{ISchoolRule})"/> to check a policy's caps and limits as well.
    /// </summary>
    public BulkValidator()
    {
    }

    /// <summary>
    /// Creates a validator with the format checks and every rule of <paramref name="policy"/>, decided by the same
    /// evaluator as <see cref="PortfolioValidator"/>: selection caps and upload limits per academic year and term
    /// (with the enrollment switches), selection, descriptions, files, date order, required multi-performance fields,
    /// retention, enrollment changes, and, given a <paramref name="calendar"/>, certification windows. The options
    /// of <see cref="PortfolioValidator"/> are given per run in <see cref="BulkValidationOptions.Validation"/>.
    /// </summary>
    /// <param name="policy">The policy, e.g. <see cref="Policies.PolicyPresets.National"/>.</param>
    /// <param name="calendar">The school's submission calendar; without one, window rules are not checked.</param>
    /// <param name="schoolRules">The school's own rules, run on every student after the library's (see <see cref="ISchoolRule"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A school rule is <see langword="null"/> or has no descriptor, its code starts with the library's <c>SP-</c> or is
    /// not a school rule code, or two different rules share a code.
    /// </exception>
    public BulkValidator(Policies.PortfolioPolicy policy, Calendar.SubmissionCalendar? calendar = null, IEnumerable<ISchoolRule>? schoolRules = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Policy = policy;
        PolicyHistory = Policies.PolicyHistory.Of(policy);
        Calendar = calendar;
        _evaluator = new RuleEvaluator(PolicyHistory, calendar);
        _schoolRules = SchoolRuleSet.From(schoolRules, nameof(schoolRules));
    }

    /// <summary>
    /// Creates a validator with the format checks and every rule of a school's policy versions: each record is judged by
    /// the version in force for its term, and records from before the first version are reported (<c>SP-D004</c>); see
    /// <see cref="Policies.PolicyHistory"/>. Otherwise as <see cref="BulkValidator(Policies.PortfolioPolicy, Calendar.SubmissionCalendar, IEnumerable{ISchoolRule})"/>.
    /// </summary>
    /// <param name="policies">The policy versions.</param>
    /// <param name="calendar">The school's submission calendar, or <see langword="null"/>: then window rules are not checked.</param>
    /// <param name="schoolRules">The school's own rules, run on every student after the library's (see <see cref="ISchoolRule"/>).</param>
    /// <returns>The validator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is <see langword="null"/>.</exception>
    public static BulkValidator FromHistory(Policies.PolicyHistory policies, Calendar.SubmissionCalendar? calendar = null, IEnumerable<ISchoolRule>? schoolRules = null)
    {
        ArgumentNullException.ThrowIfNull(policies);
        return new BulkValidator(policies, calendar, schoolRules);
    }

    private BulkValidator(Policies.PolicyHistory policies, Calendar.SubmissionCalendar? calendar, IEnumerable<ISchoolRule>? schoolRules)
    {
        PolicyHistory = policies;
        Policy = policies.Latest;
        Calendar = calendar;
        _evaluator = new RuleEvaluator(policies, calendar);
        _schoolRules = SchoolRuleSet.From(schoolRules, nameof(schoolRules));
    }

    /// <summary>Gets the policy checked (the latest version), or <see langword="null"/> for format checks only.</summary>
    public Policies.PortfolioPolicy? Policy { get; }

    /// <summary>Gets the policy versions checked, or <see langword="null"/> for format checks only.</summary>
    public Policies.PolicyHistory? PolicyHistory { get; }

    /// <summary>Gets the submission calendar whose windows are checked, if any.</summary>
    public Calendar.SubmissionCalendar? Calendar { get; }

    /// <summary>
    /// Gets the school's own rules given to the constructor; those of <see cref="PortfolioValidationOptions.SchoolRules"/>
    /// in <see cref="BulkValidationOptions.Validation"/> run too. A validator without a policy runs no school rule.
    /// </summary>
    public IReadOnlyList<ISchoolRule> SchoolRules => _schoolRules;

    /// <summary>Validates a submission file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Settings; <see langword="null"/> for <see cref="BulkValidationOptions.Default"/>.</param>
    /// <param name="progress">Receives throttled progress reports, and a final one.</param>
    /// <param name="onStudent">When given, receives every student's result, in file order, never concurrently.</param>
    /// <param name="cancellationToken">Stops the run; the task then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public async Task<BulkValidationSummary> ValidateFileAsync(string path, BulkValidationOptions? options = null, IProgress<BulkProgress>? progress = null, Func<StudentValidationResult, CancellationToken, ValueTask>? onStudent = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            return await RunAsync(stream, onStudent, options, progress, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Validates a submission document read from a stream (from its current position).</summary>
    /// <param name="stream">A readable stream; not closed.</param>
    /// <param name="options">Settings; <see langword="null"/> for <see cref="BulkValidationOptions.Default"/>.</param>
    /// <param name="progress">Receives throttled progress reports, and a final one.</param>
    /// <param name="onStudent">When given, receives every student's result, in file order, never concurrently.</param>
    /// <param name="cancellationToken">Stops the run; the task then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not readable.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public Task<BulkValidationSummary> ValidateAsync(Stream stream, BulkValidationOptions? options = null, IProgress<BulkProgress>? progress = null, Func<StudentValidationResult, CancellationToken, ValueTask>? onStudent = null, CancellationToken cancellationToken = default) =>
        RunAsync(stream, onStudent, options, progress, cancellationToken);

    /// <summary>Streams every student's result in file order. A fatal document problem ends the sequence with
    /// <see cref="BulkValidationException"/> after the students read before it.</summary>
    /// <param name="stream">A readable stream; not closed.</param>
    /// <param name="options">Settings; <see langword="null"/> for <see cref="BulkValidationOptions.Default"/>.</param>
    /// <param name="progress">Receives throttled progress reports, and a final one.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The results, one per student.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public async IAsyncEnumerable<StudentValidationResult> ValidateStudentsAsync(Stream stream, BulkValidationOptions? options = null, IProgress<BulkProgress>? progress = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= BulkValidationOptions.Default;
        var channel = Channel.CreateBounded<StudentValidationResult>(new BoundedChannelOptions(options.QueueCapacity) { SingleWriter = true, SingleReader = true });
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var run = RunAsync(stream, (r, ct) => channel.Writer.WriteAsync(r, ct), options, progress, cts.Token);
        _ = run.ContinueWith(t => channel.Writer.TryComplete(t.Exception?.InnerException), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            await foreach (var result in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return result;
            }
        }
        finally
        {
            await cts.CancelAsync().ConfigureAwait(false);
            try
            {
                await run.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }

        var summary = await run.ConfigureAwait(false);
        if (summary.FatalIssue is { } fatal)
        {
            throw new BulkValidationException(fatal, summary);
        }
    }

    private Task<BulkValidationSummary> RunAsync(Stream stream, Func<StudentValidationResult, CancellationToken, ValueTask>? onStudent, BulkValidationOptions? options, IProgress<BulkProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream must be readable.", nameof(stream));
        }

        options ??= BulkValidationOptions.Default;
        options.Check();
        if (_schoolRules.Count > 0)
        {
            options = options with { Validation = options.Validation.WithValidatorRules(_schoolRules) };
        }

        var run = new Run(this, stream, onStudent, options, progress, cancellationToken);
        return Task.Run(run.ExecuteAsync, cancellationToken);
    }

    // Students per hand-off from the reader thread to a worker, and the bytes that also close a batch.
    private const int BatchSize = 32;
    private const int BatchBytes = 512 * 1024;

    private sealed class Run(BulkValidator owner, Stream stream, Func<StudentValidationResult, CancellationToken, ValueTask>? onStudent, BulkValidationOptions options, IProgress<BulkProgress>? progress, CancellationToken cancellationToken)
    {
        private readonly long _start = Stopwatch.GetTimestamp();
        private readonly long? _total = stream.CanSeek ? stream.Length - stream.Position : null;
        private readonly TimeSpan _interval = options.ProgressInterval.ToTimeSpan();
        private long _lastReport = Stopwatch.GetTimestamp();
        private long _validated;
        private long _kept;
        private long _dropped;

        // Bytes of framed students not yet validated (queued or being validated): the framing thread waits while they
        // exceed the budget, so the students expanded into facts at the same time are bounded by bytes, not by the
        // number of workers: peak memory follows MaxBytesInFlight and the largest legal student, whatever the file holds.
        private readonly long _budget = options.MaxBytesInFlight;
        private readonly object _room = new();
        private long _inFlight;
        private volatile bool _waitingForRoom;
        private StudentFramer? _framer;

        // Validators (each holding one student's facts, reused) are taken per batch, at most one per processor at a
        // time: more workers than processors cannot validate more students at once, and would otherwise each hold the
        // facts of the last large student.
        private readonly ConcurrentBag<StudentSliceValidator> _validators = [];

        public async Task<BulkValidationSummary> ExecuteAsync()
        {
            var framer = new StudentFramer(stream, options.BufferSize, options.MaxStudentBytes, owner._frames, options.MaxObjectsPerStudent);
            _framer = framer;
            var total = new SummaryAccumulator();
            if (options.MaxDegreeOfParallelism == 1)
            {
                await SingleThreadAsync(framer, total).ConfigureAwait(false);
            }
            else
            {
                await ParallelAsync(framer, total).ConfigureAwait(false);
            }

            owner._frames.TrimLarge();
            cancellationToken.ThrowIfCancellationRequested();
            ValidationIssue? fatal = null;
            foreach (var issue in framer.DocumentIssues)
            {
                total.Count(issue);
            }

            if (framer.Fatal is { } error)
            {
                var offset = error.ByteOffset.ToString(CultureInfo.InvariantCulture);
                var line = error.Line.ToString(CultureInfo.InvariantCulture);
                fatal = error.Kind == FramingErrorKind.Truncated
                    ? new ValidationIssue(BulkRules.Truncated, null, null, "$", [line, offset, error.Detail])
                    : new ValidationIssue(BulkRules.DocumentStructure, null, null, "$", [line, offset, error.Detail]);
                total.Count(fatal);
            }

            Report(force: true);
            return new BulkValidationSummary
            {
                Header = framer.Header,
                StudentsRead = framer.StudentsFramed,
                StudentsWithErrors = total.StudentsWithErrors,
                StudentsWithWarningsOnly = total.StudentsWithWarningsOnly,
                ErrorCount = total.Errors,
                WarningCount = total.Warnings,
                IssueCountsByCode = new SortedDictionary<string, long>(total.ByCode, StringComparer.Ordinal),
                BytesRead = framer.BytesRead,
                Elapsed = Elapsed(),
                FatalIssue = fatal,
                DocumentIssues = framer.DocumentIssues,
                DroppedIssueCount = total.Dropped + _dropped,
                Completed = framer.Completed,
            };
        }

        private async Task SingleThreadAsync(StudentFramer framer, SummaryAccumulator total)
        {
            var validator = new StudentSliceValidator(owner._evaluator, options.Validation, () => _framer?.DocumentHeader);
            while (await framer.ReadNextAsync(cancellationToken).ConfigureAwait(false) is { } frame)
            {
                Interlocked.Add(ref _inFlight, frame.Buffer?.Length ?? 0);
                var result = Validate(validator, frame);
                total.Add(result);
                _validated++;
                if (onStudent is not null)
                {
                    await onStudent(WithinRunCap(result), cancellationToken).ConfigureAwait(false);
                }

                cancellationToken.ThrowIfCancellationRequested();
                Report(force: false);
            }
        }

        // A reader thread frames students into batches (fewer hand-offs and wake-ups than one student at a time);
        // workers validate whole batches.
        private async Task ParallelAsync(StudentFramer framer, SummaryAccumulator total)
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var token = cts.Token;
            var capacity = Math.Max(2, (options.QueueCapacity + BatchSize - 1) / BatchSize);
            var work = Channel.CreateBounded<FrameBatch>(new BoundedChannelOptions(capacity) { SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
            var results = onStudent is null
                ? null
                : Channel.CreateBounded<StudentValidationResult>(new BoundedChannelOptions(options.QueueCapacity + (BatchSize * options.MaxDegreeOfParallelism)) { SingleReader = true });

            using var slots = new SemaphoreSlim(Math.Min(options.MaxDegreeOfParallelism, Environment.ProcessorCount));
            var reader = Task.Run(() => FrameAsync(framer, work.Writer, token), token);
            var workers = new Task<SummaryAccumulator>[options.MaxDegreeOfParallelism];
            for (var i = 0; i < workers.Length; i++)
            {
                workers[i] = Task.Run(() => WorkAsync(work.Reader, results?.Writer, slots, token), token);
            }

            var all = Task.WhenAll(workers);
            _ = all.ContinueWith(
                t =>
                {
                    // A failed worker must not leave the reader waiting on a full channel.
                    if (t.IsFaulted)
                    {
                        cts.Cancel();
                    }

                    results?.Writer.TryComplete(t.Exception?.InnerException);
                },
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
            try
            {
                if (results is not null)
                {
                    await DeliverInOrderAsync(results.Reader, token).ConfigureAwait(false);
                }

                await reader.ConfigureAwait(false);
                foreach (var acc in await all.ConfigureAwait(false))
                {
                    total.Merge(acc);
                }
            }
            catch
            {
                await cts.CancelAsync().ConfigureAwait(false);
                await Task.WhenAll(workers.Append<Task>(reader)).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
                while (work.Reader.TryRead(out var left))
                {
                    Release(left);
                }

                throw;
            }
        }

        private async Task FrameAsync(StudentFramer framer, ChannelWriter<FrameBatch> writer, CancellationToken token)
        {
            var batch = new FrameBatch(BatchSize);
            try
            {
                while (await framer.ReadNextAsync(token).ConfigureAwait(false) is { } frame)
                {
                    batch.Add(frame);
                    var inFlight = Interlocked.Add(ref _inFlight, frame.Buffer?.Length ?? 0);
                    if (batch.IsFull(BatchBytes) || inFlight > _budget)
                    {
                        await writer.WriteAsync(batch, token).ConfigureAwait(false);
                        batch = new FrameBatch(BatchSize);
                        WaitForRoom(token);
                    }

                    Report(force: false);
                }

                if (batch.Count > 0)
                {
                    await writer.WriteAsync(batch, token).ConfigureAwait(false);
                    batch = new FrameBatch(BatchSize);
                }
            }
            finally
            {
                Release(batch);
                writer.TryComplete();
            }
        }

        private void WaitForRoom(CancellationToken token)
        {
            lock (_room)
            {
                while (Interlocked.Read(ref _inFlight) > _budget)
                {
                    token.ThrowIfCancellationRequested();
                    _waitingForRoom = true;
                    Monitor.Wait(_room, 10);
                }

                _waitingForRoom = false;
            }
        }

        private async Task<SummaryAccumulator> WorkAsync(ChannelReader<FrameBatch> batches, ChannelWriter<StudentValidationResult>? results, SemaphoreSlim slots, CancellationToken token)
        {
            var acc = new SummaryAccumulator();
            while (await batches.WaitToReadAsync(token).ConfigureAwait(false))
            {
                while (batches.TryRead(out var batch))
                {
                    await slots.WaitAsync(token).ConfigureAwait(false);
                    var validator = _validators.TryTake(out var kept) ? kept : new StudentSliceValidator(owner._evaluator, options.Validation, () => _framer?.DocumentHeader);
                    try
                    {
                        for (var i = 0; i < batch.Count; i++)
                        {
                            var result = Validate(validator, batch.Items[i]);
                            batch.Items[i] = default;
                            acc.Add(result);
                            Interlocked.Increment(ref _validated);
                            if (results is not null)
                            {
                                await results.WriteAsync(result, token).ConfigureAwait(false);
                            }
                        }
                    }
                    finally
                    {
                        _validators.Add(validator);
                        slots.Release();
                    }

                    batch.Count = 0;
                }
            }

            return acc;
        }



        // Workers finish out of order; hand results to the callback in file order. The buffer holds at most the
        // students in flight (queue capacity + workers + result channel capacity).
        private async Task DeliverInOrderAsync(ChannelReader<StudentValidationResult> results, CancellationToken token)
        {
            var waiting = new Dictionary<long, StudentValidationResult>();
            long next = 0;
            await foreach (var result in results.ReadAllAsync(token).ConfigureAwait(false))
            {
                waiting.Add(result.Index, result);
                while (waiting.Remove(next, out var ready))
                {
                    token.ThrowIfCancellationRequested(); // students waiting for their turn are not handed over after a cancel
                    await onStudent!(WithinRunCap(ready), token).ConfigureAwait(false);
                    next++;
                }
            }
        }

        // Called in file order by one thread: the first MaxIssuesPerRun issues of the file are handed over.
        private StudentValidationResult WithinRunCap(StudentValidationResult result)
        {
            var room = Math.Max(0, options.MaxIssuesPerRun - _kept);
            if (result.Issues.Count > room)
            {
                _dropped += result.Issues.Count - room;
                result = result.Keep((int)room);
            }

            _kept += result.Issues.Count;
            return result;
        }

        private StudentValidationResult Validate(StudentSliceValidator validator, in StudentFrame frame)
        {
            try
            {
                // A student over the object limit is not expanded into facts: its one issue is the framer's.
                return frame.Problem == Export.ElementProblem.TooManyObjects
                    ? new StudentValidationResult(frame.Index, new SourcePosition(frame.Line, frame.Column, frame.ByteOffset), null, [frame.Issue!])
                    : validator.Validate(frame);
            }
            finally
            {
                Release(frame);
            }
        }

        private void Release(FrameBatch batch)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                Release(batch.Items[i]);
                batch.Items[i] = default;
            }

            batch.Count = 0;
        }

        private void Release(in StudentFrame frame)
        {
            if (frame.Buffer is { } buffer)
            {
                _framer?.Frames.Return(buffer);
                if (Interlocked.Add(ref _inFlight, -buffer.Length) <= _budget && _waitingForRoom)
                {
                    lock (_room)
                    {
                        Monitor.PulseAll(_room);
                    }
                }
            }
        }

        private Duration Elapsed() => Duration.FromTimeSpan(Stopwatch.GetElapsedTime(_start));

        private void Report(bool force)
        {
            if (progress is null || _framer is null)
            {
                return;
            }

            var now = Stopwatch.GetTimestamp();
            if (!force && Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastReport), now) < _interval)
            {
                return;
            }

            Interlocked.Exchange(ref _lastReport, now);
            progress.Report(new BulkProgress(_framer.BytesRead, _total, _framer.StudentsFramed, Interlocked.Read(ref _validated), Elapsed()));
        }
    }
}
