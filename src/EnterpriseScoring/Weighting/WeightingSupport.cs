using System.Globalization;

namespace EnterpriseScoring.Weighting;

/// <summary>Helpers shared by the weighting methods: diagnostic keys and degenerate outcomes.</summary>
internal static class WeightingSupport
{
    /// <summary>The diagnostic key <c>figure[criterion]</c>.</summary>
    public static string Key(string figure, string criterion) => figure + "[" + criterion + "]";

    /// <summary>Invariant-culture formatting for notes.</summary>
    public static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>
    /// The outcome when the data cannot discriminate: equal weights with a note (or an empty result when m = 0).
    /// Returns null when the data is usable (n ≥ <paramref name="minRows"/>).
    /// </summary>
    public static WeightingResult? TryDegenerate(string method, DecisionMatrix matrix, int minRows = 2)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var m = matrix.ColumnCount;
        if (m == 0)
        {
            return new WeightingResult(method, [], notes: ["The matrix has no criteria: no weights."]);
        }

        var n = matrix.RowCount;
        if (n < minRows)
        {
            var note = n == 0
                ? "The matrix has no rows: equal weights."
                : $"The matrix has {n.ToString(CultureInfo.InvariantCulture)} row(s); at least {minRows.ToString(CultureInfo.InvariantCulture)} are needed to measure dispersion: equal weights.";
            return new WeightingResult(method, ColumnKernels.EqualWeights(m), notes: [note]);
        }

        return null;
    }

    /// <summary>Normalises <paramref name="raw"/> (≥ 0) to sum 1, or falls back to equal weights with a note when all are 0.</summary>
    public static WeightingResult Finish(string method, double[] raw, Dictionary<string, double> diagnostics, List<string> notes, string allZeroNote)
    {
        double sum = 0;
        for (var j = 0; j < raw.Length; j++)
        {
            sum += raw[j];
        }

        if (sum > 0)
        {
            ColumnKernels.NormaliseToUnitSum(raw);
        }
        else
        {
            raw = ColumnKernels.EqualWeights(raw.Length);
            notes.Add(allZeroNote);
        }

        return new WeightingResult(method, raw, diagnostics, notes);
    }
}
