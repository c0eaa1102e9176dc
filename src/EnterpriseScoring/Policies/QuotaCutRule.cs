using System.Globalization;

namespace EnterpriseScoring.Policies;

/// <summary>A cut to the energy-use quota (用能指标) of firms in one tier, in percent.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class QuotaCutRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="tier">The tier.</param>
    /// <param name="percent">The cut in percent, in [0, 100].</param>
    /// <param name="source">The policy source.</param>
    /// <exception cref="ArgumentException">The id is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is outside [0, 100] or NaN.</exception>
    public QuotaCutRule(string id, Tier tier, double percent, string source = "")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(source);
        if (!(percent >= 0 && percent <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A quota cut must be in [0, 100] percent.");
        }

        Id = id;
        Tier = tier;
        Percent = percent;
        Source = source;
    }

    /// <summary>The rule id.</summary>
    public string Id { get; }

    /// <summary>The tier.</summary>
    public Tier Tier { get; }

    /// <summary>The cut, percent.</summary>
    public double Percent { get; }

    /// <summary>The policy source.</summary>
    public string Source { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Tier} energy quota −{Percent.ToString("0.##", CultureInfo.InvariantCulture)}%";
}
