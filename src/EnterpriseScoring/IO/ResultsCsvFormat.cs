using EnterpriseScoring.Classification;

namespace EnterpriseScoring.IO;

/// <summary>
/// The results file format shared by <see cref="ResultsCsvWriter"/> and <see cref="ResultsCsvReader"/>: fixed column names,
/// per-indicator column suffixes, and the text codes of statuses and tiers. See docs/results-format.md.
/// </summary>
public static class ResultsCsvFormat
{
    /// <summary>The fixed leading columns, in order.</summary>
    public static IReadOnlyList<string> LeadingColumns { get; } =
    [
        "id", "name", "region", "platform", "industry", "size_class", "pool", "status", "score", "rank", "pool_size",
        "percentile", "tier", "tier_label", "tier_reason",
    ];

    /// <summary>The per-indicator column suffixes, in order: <c>&lt;indicator&gt;.value</c>, <c>.benchmark</c>, <c>.score</c>, <c>.numerator</c>, <c>.denominator</c>.</summary>
    public static IReadOnlyList<string> IndicatorSuffixes { get; } = [".value", ".benchmark", ".score", ".numerator", ".denominator"];

    /// <summary>The fixed trailing columns, in order.</summary>
    public static IReadOnlyList<string> TrailingColumns { get; } = ["bonus", "deduction", "consequences", "year", "status_reason", "shared_parcel"];

    /// <summary>The name of the display column of a results column (<see cref="ResultsCsvWriterOptions.DisplayColumns"/>): <c>score</c> → <c>score_display</c>, <c>tax_per_mu.score</c> → <c>tax_per_mu.score_display</c>.</summary>
    /// <param name="column">The results column.</param>
    public static string DisplaySuffixed(string column) => column + "_display";

    /// <summary>The snake_case code of a status: <c>rated</c>, <c>rejected</c>, <c>excluded</c>, <c>not_pooled</c>, <c>exempt</c>, <c>transition</c>, <c>collect_only</c>, <c>t_class</c>, <c>ungraded_as_b</c>.</summary>
    /// <param name="status">The status.</param>
    public static string StatusCode(FirmStatus status) => status switch
    {
        FirmStatus.Rated => "rated",
        FirmStatus.Rejected => "rejected",
        FirmStatus.Excluded => "excluded",
        FirmStatus.NotPooled => "not_pooled",
        FirmStatus.Exempt => "exempt",
        FirmStatus.Transition => "transition",
        FirmStatus.CollectOnly => "collect_only",
        FirmStatus.TClass => "t_class",
        FirmStatus.UngradedAsB => "ungraded_as_b",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    /// <summary>Parses a status code written by <see cref="StatusCode"/> (ordinal, case-insensitive).</summary>
    /// <param name="text">The code.</param>
    /// <param name="status">The status, when recognised.</param>
    public static bool TryParseStatus(string text, out FirmStatus status)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var s in Enum.GetValues<FirmStatus>())
        {
            if (string.Equals(StatusCode(s), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                status = s;
                return true;
            }
        }

        status = default;
        return false;
    }

    /// <summary>The code of a tier in <see cref="TierSet.Standard"/>: <c>A</c>–<c>D</c>, <c>T</c>, <c>ungraded_as_b</c>; empty for
    /// none. A profile with its own tier set shows its codes instead (<see cref="TierSet.CodeOf"/>).</summary>
    /// <param name="tier">The tier.</param>
    public static string TierCode(Tier? tier) => TierSet.Standard.CodeOf(tier);

    /// <summary>Parses a tier code of <see cref="TierSet.Standard"/> written by <see cref="TierCode"/> (case-insensitive); empty
    /// text is no tier. For a profile with its own tier set, use <see cref="TierSet.TryParse"/>.</summary>
    /// <param name="text">The code.</param>
    /// <param name="tier">The tier (null for empty text).</param>
    public static bool TryParseTier(string text, out Tier? tier) => TierSet.Standard.TryParse(text, out tier);

    /// <summary>The indicator ids with columns in a results file of <paramref name="evaluation"/>: every indicator of every pool, in order of first appearance in profile pool order.</summary>
    /// <param name="evaluation">The evaluation.</param>
    public static IReadOnlyList<string> IndicatorColumns(Evaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>();
        foreach (var pool in evaluation.Profile.Pools)
        {
            foreach (var indicator in pool.Indicators)
            {
                if (seen.Add(indicator.Indicator.Id))
                {
                    list.Add(indicator.Indicator.Id);
                }
            }
        }

        return list;
    }

    /// <summary>Formats a number as the shortest invariant text that round-trips; empty for null or a non-finite value.</summary>
    /// <param name="value">The value.</param>
    public static string FormatNumber(double? value) =>
        value is { } v && double.IsFinite(v) ? v.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
}
