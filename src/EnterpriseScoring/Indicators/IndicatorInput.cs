namespace EnterpriseScoring.Indicators;

/// <summary>What an indicator is computed from: the table, each row's evaluated land area, and which rows.</summary>
public readonly ref struct IndicatorInput
{
    /// <summary>Creates an input.</summary>
    /// <param name="table">The firms.</param>
    /// <param name="landArea">Evaluated land area (亩) of every table row; NaN where unknown.</param>
    /// <param name="rows">The table rows to compute, in the order outputs are written.</param>
    public IndicatorInput(FirmTable table, ReadOnlySpan<double> landArea, ReadOnlySpan<int> rows)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (landArea.Length != table.Count)
        {
            throw new ArgumentException($"Expected {table.Count} land areas, got {landArea.Length}.", nameof(landArea));
        }

        Table = table;
        LandArea = landArea;
        Rows = rows;
    }

    /// <summary>The firms.</summary>
    public FirmTable Table { get; }

    /// <summary>Evaluated land area of every table row (亩); NaN where unknown.</summary>
    public ReadOnlySpan<double> LandArea { get; }

    /// <summary>The rows to compute.</summary>
    public ReadOnlySpan<int> Rows { get; }

    /// <summary>
    /// Data from outside the current year: each firm's prior-year figures for growth indicators.
    /// <value>The default value is <see cref="EvaluationContext.Empty"/>.</value>
    /// </summary>
    public EvaluationContext Context
    {
        get => field ?? EvaluationContext.Empty;
        init => field = value;
    }
}
