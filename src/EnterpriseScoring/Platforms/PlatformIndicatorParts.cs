namespace EnterpriseScoring.Platforms;

/// <summary>
/// An indicator's additive parts per platform group — numerator, denominator and the number of firms (or register
/// entries) that contributed — from which the value of any unit is made by adding its groups' parts.
/// </summary>
/// <remarks>Made by <see cref="IPlatformIndicator.Compute"/>: one slot per group of <see cref="PlatformIndicatorInput.GroupCount"/>. Immutable.</remarks>
public sealed class PlatformIndicatorParts
{
    private readonly double[] numerators;
    private readonly double[] denominators;
    private readonly int[] counts;

    /// <summary>Parts from one numerator, denominator and count per group (copied).</summary>
    /// <param name="numerators">Each group's numerator.</param>
    /// <param name="denominators">Each group's denominator.</param>
    /// <param name="counts">Each group's number of contributing firms (or register entries); ≥ 0.</param>
    /// <exception cref="ArgumentException">The lengths differ, or a count is negative.</exception>
    public PlatformIndicatorParts(ReadOnlySpan<double> numerators, ReadOnlySpan<double> denominators, ReadOnlySpan<int> counts)
    {
        if (numerators.Length != counts.Length || denominators.Length != counts.Length)
        {
            throw new ArgumentException($"One numerator, denominator and count per group: got {numerators.Length}, {denominators.Length} and {counts.Length}.", nameof(counts));
        }

        if (counts.IndexOfAnyInRange(int.MinValue, -1) >= 0)
        {
            throw new ArgumentException("A count is negative.", nameof(counts));
        }

        this.numerators = numerators.ToArray();
        this.denominators = denominators.ToArray();
        this.counts = counts.ToArray();
    }

    /// <summary>The number of groups.</summary>
    public int GroupCount => counts.Length;

    /// <summary>Each group's numerator.</summary>
    public ReadOnlySpan<double> Numerators => numerators;

    /// <summary>Each group's denominator.</summary>
    public ReadOnlySpan<double> Denominators => denominators;

    /// <summary>Each group's number of contributing firms (or register entries).</summary>
    public ReadOnlySpan<int> Counts => counts;
}
