namespace EnterpriseScoring.Tests.Scoring;

/// <summary>The fit as it was before the O(n) fits: copy, comparison sort, then the statistics in sorted order. Kept as
/// the reference the fits must match bit for bit.</summary>
internal sealed class NaiveScoringFit
{
    public NaiveScoringFit(ReadOnlySpan<double> values)
    {
        SortedValues = values.ToArray();
        Array.Sort(SortedValues);
        Count = SortedValues.Length;
        if (Count == 0)
        {
            return;
        }

        Min = SortedValues[0];
        Max = SortedValues[^1];
        double sum = 0, sumSquares = 0;
        foreach (var v in SortedValues)
        {
            sum += v;
            sumSquares += v * v;
        }

        Mean = sum / Count;
        double deviations = 0;
        foreach (var v in SortedValues)
        {
            deviations += (v - Mean) * (v - Mean);
        }

        StandardDeviation = Math.Sqrt(deviations / Count);
        Norm = Math.Sqrt(sumSquares);
    }

    public int Count { get; }

    public double Min { get; }

    public double Max { get; }

    public double Mean { get; }

    public double StandardDeviation { get; }

    public double Norm { get; }

    public double[] SortedValues { get; }
}
