namespace EnterpriseScoring.Reporting;

/// <summary>
/// How one kind of figure is shown: to how many decimal places, rounded how (<see cref="SummaryRounding"/>, done in
/// decimal on the value's shortest round-trip text: 2.675 → 2.68 half up, 73.7156 → 73.71 truncated).
/// </summary>
/// <remarks>Immutable: a sealed record (derive with <see langword="with"/>). Validated on initialisation: decimals outside 0–10 throw <see cref="ArgumentOutOfRangeException"/>. Thread-safe.</remarks>
public sealed record DisplayPrecision
{
    /// <summary>Creates a precision.</summary>
    /// <param name="decimals">Decimal places, 0–10.</param>
    /// <param name="rounding">The rounding mode.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–10.</exception>
    public DisplayPrecision(int decimals, SummaryRounding rounding)
    {
        Decimals = decimals;
        Rounding = rounding;
    }

    /// <summary>2 places, rounded half away from zero (四舍五入): what published lists show unless a profile says otherwise.</summary>
    public static DisplayPrecision Default { get; } = new(2, SummaryRounding.Round);

    /// <summary>Decimal places, 0–10 (not used by <see cref="SummaryRounding.None"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0–10.</exception>
    public int Decimals
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 10);
            field = value;
        }
    }

    /// <summary>The rounding mode.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined mode.</exception>
    public SummaryRounding Rounding
    {
        get;
        init
        {
            if (!Enum.IsDefined(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown rounding mode.");
            }

            field = value;
        }
    }

    /// <summary><paramref name="value"/> rounded for display, as a number (e.g. for a spreadsheet cell); NaN and infinities unchanged.</summary>
    /// <param name="value">The value.</param>
    public double Apply(double value) => DecimalRounding.Round(value, Rounding, Decimals);

    /// <summary>
    /// <paramref name="value"/> rounded and written with exactly <see cref="Decimals"/> places in invariant culture
    /// (73.7156 truncated to 2 places → <c>73.71</c>, 73.7 → <c>73.70</c>); the shortest round-trip text when not rounded;
    /// empty for NaN and infinities.
    /// </summary>
    /// <param name="value">The value.</param>
    public string Format(double value) => DecimalRounding.Format(value, Rounding, Decimals);

    /// <summary>The number format a spreadsheet shows the rounded value with: <c>0</c>, <c>0.00</c> …; <c>General</c> when not rounded.</summary>
    public string SpreadsheetFormat => Rounding == SummaryRounding.None ? "General" : Decimals == 0 ? "0" : "0." + new string('0', Decimals);

    /// <summary>E.g. <c>2 places, Truncate</c>.</summary>
    public override string ToString() => Rounding == SummaryRounding.None ? "not rounded" : $"{Decimals} places, {Rounding}";
}
