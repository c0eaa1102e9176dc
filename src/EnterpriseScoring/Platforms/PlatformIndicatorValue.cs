namespace EnterpriseScoring.Platforms;

/// <summary>One indicator's figure for one unit: its value and the summed parts it was made from.</summary>
/// <param name="Value">The value; null when undefined (a ratio over no land, a figure the register does not give).</param>
/// <param name="Numerator">The summed numerator.</param>
/// <param name="Denominator">The summed denominator.</param>
/// <param name="Count">The number of firms (or register entries) that contributed.</param>
/// <param name="Arithmetic">The computation written out (<see cref="IPlatformIndicator.Arithmetic"/>).</param>
/// <remarks>
/// <see cref="PlatformFigures"/> does not write the arithmetic of its figures at once (every unit × every indicator would
/// be thousands of texts nobody reads): such a figure writes it when read, each time (no cache: a value has no mutable
/// field), the same text as if written at once. Equality compares the values, parts and texts.
/// </remarks>
public sealed record PlatformIndicatorValue(double? Value, double Numerator, double Denominator, int Count, string Arithmetic)
{
    private readonly string? arithmetic = Arithmetic;
    private readonly IPlatformIndicator? writer;

    /// <summary>A figure whose arithmetic <paramref name="writer"/> writes when it is read.</summary>
    internal PlatformIndicatorValue(double? value, double numerator, double denominator, int count, IPlatformIndicator writer)
        : this(value, numerator, denominator, count, (string)null!) => this.writer = writer;

    /// <summary>The computation written out (<see cref="IPlatformIndicator.Arithmetic"/>).</summary>
    public string Arithmetic
    {
        get => arithmetic ?? writer?.Arithmetic(Numerator, Denominator, Count) ?? string.Empty;
        init => arithmetic = value;
    }

    /// <inheritdoc />
    public bool Equals(PlatformIndicatorValue? other) =>
        other is not null
        && Nullable.Equals(Value, other.Value)
        && Numerator.Equals(other.Numerator)
        && Denominator.Equals(other.Denominator)
        && Count == other.Count
        && string.Equals(Arithmetic, other.Arithmetic, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Numerator, Denominator, Count, Arithmetic);
}
