using System.Runtime.ExceptionServices;

namespace EnterpriseScoring.Internal;

/// <summary>
/// Runs independent pieces of an evaluation (conditions, pools, indicator columns) on several threads. Each piece is
/// computed sequentially and writes only its own outputs, so the results are bit-identical for every degree of
/// parallelism (tested). An exception is rethrown as itself (never wrapped in an <see cref="AggregateException"/>): the one
/// of the lowest index, which is the one a sequential run would throw.
/// </summary>
internal static class Parallelism
{
    /// <summary>Work (rows × pieces) below which a loop stays on the calling thread: dispatch would cost more than it saves.</summary>
    public const long MinimumWork = 1 << 13;

    /// <summary>Runs <paramref name="body"/> for 0 ≤ i &lt; <paramref name="count"/>.</summary>
    /// <param name="count">The number of pieces.</param>
    /// <param name="degree">The most threads to use; 1 = sequential, −1 = as many as the runtime likes.</param>
    /// <param name="work">An estimate of the total work (e.g. rows × columns), to keep small loops sequential.</param>
    /// <param name="body">The piece.</param>
    /// <param name="cancellationToken">Checked before every piece.</param>
    public static void For(int count, int degree, long work, Action<int> body, CancellationToken cancellationToken = default)
    {
        if (degree == 1 || count <= 1 || work < MinimumWork)
        {
            for (var i = 0; i < count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                body(i);
            }

            return;
        }

        var errors = new Exception?[count];
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = degree }, i =>
        {
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                body(i);
            }
            catch (Exception e)
            {
                errors[i] = e;
            }
        });
        foreach (var e in errors)
        {
            if (e is not null)
            {
                ExceptionDispatchInfo.Capture(e).Throw();
            }
        }
    }
}
