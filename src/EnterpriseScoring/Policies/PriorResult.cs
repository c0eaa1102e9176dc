namespace EnterpriseScoring.Policies;

/// <summary>
/// One firm's result in one (usually earlier) year, as read back from a results file by
/// <c>EnterpriseScoring.IO.ResultsCsvReader</c> or taken from an <see cref="Evaluation"/> by
/// <see cref="PriorResults.FromEvaluation(Evaluation, int?)"/>. Used for tier history, migration matrices and
/// prior-year benchmarks.
/// </summary>
/// <remarks>A value: immutable in fact (the indicator dictionary is copied on initialisation), derived with <see langword="with"/>, equal by value (the indicators entry by entry). Thread-safe.</remarks>
public sealed record PriorResult
{
    private static readonly IReadOnlyDictionary<string, PriorIndicator> NoIndicators = ReadOnlyCopy.EmptyOrdinal<PriorIndicator>();

    /// <summary>The evaluation year (0 when the file did not say).</summary>
    public required int Year { get; init; }

    /// <summary>统一社会信用代码.</summary>
    public required string Id { get; init; }

    /// <summary>企业名称 (empty when unknown, e.g. for rows rejected at input).</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Region.</summary>
    public string Region { get; init; } = string.Empty;

    /// <summary>Platform.</summary>
    public string Platform { get; init; } = string.Empty;

    /// <summary>Industry code (GB/T 4754).</summary>
    public string Industry { get; init; } = string.Empty;

    /// <summary>Size class code as written in results files: <c>above</c>, <c>below</c> or empty.</summary>
    public string SizeClass { get; init; } = string.Empty;

    /// <summary>The pool id (empty when no pool matched or the row was rejected at input).</summary>
    public string Pool { get; init; } = string.Empty;

    /// <summary>
    /// The shared parcel (地块编号) the firm was evaluated together with other firms on, or empty: the firms of one
    /// shared parcel carry the same figures, which count once in prior-year benchmarks.
    /// </summary>
    public string SharedParcel { get; init; } = string.Empty;

    /// <summary>The outcome.</summary>
    public required FirmStatus Status { get; init; }

    /// <summary>The total score (null when not rated).</summary>
    public double? Score { get; init; }

    /// <summary>The rank within the ranking scope (null when not rated).</summary>
    public int? Rank { get; init; }

    /// <summary>The tier (null when the firm had none).</summary>
    public Tier? Tier { get; init; }

    /// <summary>Each indicator's figures, by indicator id (ordinal).</summary>
    public IReadOnlyDictionary<string, PriorIndicator> Indicators { get; init => field = ReadOnlyCopy.Dictionary(value); } = NoIndicators;

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Year} {Id} {Name}: {Status} {Tier?.ToString() ?? "-"}");
}

/// <summary>One indicator's figures of a <see cref="PriorResult"/>; each null when not known.</summary>
/// <param name="Value">The raw indicator value.</param>
/// <param name="Numerator">Its numerator (e.g. tax).</param>
/// <param name="Denominator">Its denominator (e.g. land area).</param>
/// <param name="Benchmark">The pool's benchmark.</param>
/// <param name="Score">The indicator score in points.</param>
public sealed record PriorIndicator(double? Value, double? Numerator, double? Denominator, double? Benchmark, double? Score);
