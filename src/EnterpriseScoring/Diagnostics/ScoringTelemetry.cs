using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace EnterpriseScoring.Diagnostics;

/// <summary>
/// The library's <see cref="System.Diagnostics.ActivitySource"/> and <see cref="System.Diagnostics.Metrics.Meter"/>, both
/// named <see cref="Name"/>: OpenTelemetry picks them up with <c>AddSource("EnterpriseScoring")</c> and
/// <c>AddMeter("EnterpriseScoring")</c>; <c>dotnet-counters monitor --counters EnterpriseScoring</c> shows the metrics.
/// </summary>
/// <remarks>
/// <para>Activities: <see cref="ReadActivity"/> around every read of firms (CSV, xlsx, database), <see cref="EvaluateActivity"/>
/// around every evaluation, and <see cref="EvaluatePoolActivity"/> (its child) around each pool's.</para>
/// <para>Instruments: <see cref="RowsRead"/>, <see cref="RowsRejected"/> and <see cref="ReadDuration"/> tagged with
/// <see cref="FormatTag"/>; <see cref="EvaluationDuration"/> tagged with <see cref="ProfileTag"/>;
/// <see cref="PoolEvaluationDuration"/> tagged with <see cref="ProfileTag"/> and <see cref="PoolTag"/>; <see cref="FirmsTiered"/>
/// tagged with <see cref="ProfileTag"/> and <see cref="TierTag"/>. Durations are in seconds.</para>
/// <para>With no listener, an activity is not created and an instrument records nothing (a test of a flag): the cost is a
/// few timestamps per read, evaluation and pool, never per firm.</para>
/// </remarks>
public static class ScoringTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "EnterpriseScoring";

    /// <summary>The activity around a read of firms (tags: <see cref="FormatTag"/>, <c>escore.input.rows_read</c>, <c>escore.input.rows_rejected</c>).</summary>
    public const string ReadActivity = "EnterpriseScoring.Read";

    /// <summary>The activity around an evaluation (tags: <see cref="ProfileTag"/>, <c>escore.firms</c>).</summary>
    public const string EvaluateActivity = "EnterpriseScoring.Evaluate";

    /// <summary>The activity around the evaluation of one pool, a child of <see cref="EvaluateActivity"/> (tags: <see cref="ProfileTag"/>, <see cref="PoolTag"/>, <c>escore.firms</c>).</summary>
    public const string EvaluatePoolActivity = "EnterpriseScoring.EvaluatePool";

    /// <summary>Counter of input rows read (loaded or rejected; blank rows are not counted), tagged with <see cref="FormatTag"/>.</summary>
    public const string RowsRead = "escore.input.rows_read";

    /// <summary>Counter of input rows rejected, tagged with <see cref="FormatTag"/>.</summary>
    public const string RowsRejected = "escore.input.rows_rejected";

    /// <summary>Histogram of the duration of a read of firms, in seconds, tagged with <see cref="FormatTag"/>.</summary>
    public const string ReadDuration = "escore.input.read.duration";

    /// <summary>Histogram of the duration of an evaluation, in seconds, tagged with <see cref="ProfileTag"/>.</summary>
    public const string EvaluationDuration = "escore.evaluation.duration";

    /// <summary>Histogram of the duration of one pool's evaluation, in seconds, tagged with <see cref="ProfileTag"/> and <see cref="PoolTag"/>.</summary>
    public const string PoolEvaluationDuration = "escore.pool.evaluation.duration";

    /// <summary>Counter of evaluated firms by tier (firms without a tier are not counted), tagged with <see cref="ProfileTag"/> and <see cref="TierTag"/>.</summary>
    public const string FirmsTiered = "escore.evaluation.firms_tiered";

    /// <summary>The tag naming the input format: <c>csv</c>, <c>xlsx</c> or <c>db</c>.</summary>
    public const string FormatTag = "escore.input.format";

    /// <summary>The tag naming the profile (<see cref="EvaluationProfile.Name"/>).</summary>
    public const string ProfileTag = "escore.profile";

    /// <summary>The tag naming the pool (<see cref="Pools.PoolProfile.Id"/>).</summary>
    public const string PoolTag = "escore.pool";

    /// <summary>The tag naming the tier: the profile's code of a level of its tier set (<c>A</c>–<c>D</c> for the standard
    /// set; <c>A+</c>, <c>A</c>, <c>B</c>, <c>C</c> for a set A+/A/B/C), or <c>T</c>, <c>UngradedAsB</c>.</summary>
    public const string TierTag = "escore.tier";

    /// <summary>The activity source (<see cref="Name"/>, the library's version).</summary>
    public static ActivitySource ActivitySource { get; } = new(Name, Version);

    /// <summary>The meter (<see cref="Name"/>, the library's version).</summary>
    public static Meter Meter { get; } = new(Name, Version);

    internal static Counter<long> RowsReadCounter { get; } = Meter.CreateCounter<long>(RowsRead, "{row}", "Input rows read (loaded or rejected).");

    internal static Counter<long> RowsRejectedCounter { get; } = Meter.CreateCounter<long>(RowsRejected, "{row}", "Input rows rejected.");

    internal static Histogram<double> ReadDurationHistogram { get; } = Meter.CreateHistogram<double>(ReadDuration, "s", "Duration of a read of firms.");

    internal static Histogram<double> EvaluationDurationHistogram { get; } = Meter.CreateHistogram<double>(EvaluationDuration, "s", "Duration of an evaluation.");

    internal static Histogram<double> PoolDurationHistogram { get; } = Meter.CreateHistogram<double>(PoolEvaluationDuration, "s", "Duration of one pool's evaluation.");

    internal static Counter<long> FirmsTieredCounter { get; } = Meter.CreateCounter<long>(FirmsTiered, "{firm}", "Evaluated firms by tier.");

    private static string? Version => typeof(ScoringTelemetry).Assembly.GetName().Version?.ToString();
}
