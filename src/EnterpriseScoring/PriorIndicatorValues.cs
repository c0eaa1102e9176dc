namespace EnterpriseScoring;

/// <summary>The prior year's values of one indicator in one pool, with numerators and denominators when known.</summary>
/// <remarks>Immutable: the arrays are copied.</remarks>
public sealed class PriorIndicatorValues
{
    private readonly double[] values;
    private readonly double[] numerators;
    private readonly double[] denominators;

    /// <summary>Creates the prior-year values.</summary>
    /// <param name="values">The values (finite).</param>
    /// <param name="numerators">Their numerators, or null.</param>
    /// <param name="denominators">Their denominators, or null.</param>
    public PriorIndicatorValues(IReadOnlyList<double> values, IReadOnlyList<double>? numerators = null, IReadOnlyList<double>? denominators = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        this.values = values.ToArray();
        Preconditions.CheckAllFinite(this.values, nameof(values));
        this.numerators = numerators?.ToArray() ?? [];
        this.denominators = denominators?.ToArray() ?? [];
        if ((this.numerators.Length != 0 && this.numerators.Length != this.values.Length) || this.numerators.Length != this.denominators.Length)
        {
            throw new ArgumentException("Numerators and denominators must both be given, one per value, or both omitted.");
        }
    }

    /// <summary>The values.</summary>
    public ReadOnlySpan<double> Values => values;

    /// <summary>The numerators (empty when unknown).</summary>
    public ReadOnlySpan<double> Numerators => numerators;

    /// <summary>The denominators (empty when unknown).</summary>
    public ReadOnlySpan<double> Denominators => denominators;
}
