using System.Runtime.InteropServices;

namespace StudentPortfolio.Samples.Validator;

/// <summary>SIGINT and SIGTERM: the first one received cancels <see cref="Token"/> instead of killing the process.</summary>
internal static class Signals
{
    private static readonly CancellationTokenSource Source = new();
    private static int _received;

    /// <summary>Gets the token cancelled by SIGINT or SIGTERM.</summary>
    public static CancellationToken Token => Source.Token;

    /// <summary>Gets the signal received, if any.</summary>
    public static PosixSignal? Received => Volatile.Read(ref _received) is var s and not 0 ? (PosixSignal)s : null;

    public static void Handle(PosixSignalContext context)
    {
        context.Cancel = true;
        Interlocked.CompareExchange(ref _received, (int)context.Signal, 0);
        Source.Cancel();
    }
}
