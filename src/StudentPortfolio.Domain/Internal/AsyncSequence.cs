using System.Runtime.CompilerServices;

namespace StudentPortfolio.Internal;

/// <summary>Adapts a synchronous sequence to <see cref="IAsyncEnumerable{T}"/>, checking for cancellation before each item.</summary>
internal static class AsyncSequence
{
    public static async IAsyncEnumerable<T> From<T>(IEnumerable<T> items, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
