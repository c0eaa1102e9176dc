using System.Diagnostics;

namespace EnterpriseScoring.Internal;

/// <summary>
/// Wall-clock time per stage of an evaluation, for profiling the evaluate path by hand. The calls compile to nothing
/// unless the library is built with <c>-p:DefineConstants=ESCORE_PHASES</c>; only the thread that started the evaluation
/// records (pieces run on other threads are timed as part of the stage that waits for them).
/// </summary>
internal static class PhaseTimer
{
    private static readonly Dictionary<string, double> Current = [];
    private static readonly Dictionary<string, double> Best = [];
    private static long last = Stopwatch.GetTimestamp();
    private static int owner = -1;

    /// <summary>Starts timing a new evaluation on the calling thread, keeping the per-stage minimum of the previous ones.</summary>
    [Conditional("ESCORE_PHASES")]
    public static void Reset()
    {
        foreach (var (stage, ms) in Current)
        {
            Best[stage] = Best.TryGetValue(stage, out var b) ? Math.Min(b, ms) : ms;
        }

        Current.Clear();
        owner = Environment.CurrentManagedThreadId;
        last = Stopwatch.GetTimestamp();
    }

    /// <summary>Ends a stage: the time since the previous mark is added to <paramref name="stage"/>.</summary>
    [Conditional("ESCORE_PHASES")]
    public static void Mark(string stage)
    {
        if (Environment.CurrentManagedThreadId != owner)
        {
            return;
        }

        var now = Stopwatch.GetTimestamp();
        Current[stage] = (Current.TryGetValue(stage, out var t) ? t : 0) + Stopwatch.GetElapsedTime(last, now).TotalMilliseconds;
        last = now;
    }

    /// <summary>The per-stage minimum over the evaluations timed so far, e.g. <c>masks=11.2 indicators=30.2 …</c>.</summary>
    public static string Report() => string.Join(" ", Best.Select(kv => $"{kv.Key}={kv.Value:F1}"));
}
