namespace EnterpriseScoring.Tests.Weighting;

/// <summary>Obviously-correct, slow reference implementations and seeded test data (LINQ is fine here).</summary>
internal static class Reference
{
    public const double RelativeTolerance = 1e-12;

    public static void AssertClose(IReadOnlyList<double> actual, IReadOnlyList<double> expected, double relative = RelativeTolerance)
    {
        Assert.That(actual, Has.Count.EqualTo(expected.Count));
        for (var j = 0; j < expected.Count; j++)
        {
            Assert.That(actual[j], Is.EqualTo(expected[j]).Within((relative * Math.Abs(expected[j])) + 1e-15), $"element {j}");
        }
    }

    /// <summary>Seeded random columns: n rows × m columns, values in [lo, hi), with a few repeated values for realism.</summary>
    public static double[][] RandomColumns(int seed, int n, int m, double lo = 0, double hi = 100)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, m)
            .Select(_ => Enumerable.Range(0, n).Select(_ => lo + ((hi - lo) * random.NextDouble())).ToArray())
            .ToArray();
    }

    public static Direction[] RandomDirections(int seed, int m)
    {
        var random = new Random(seed + 7919);
        return Enumerable.Range(0, m).Select(_ => random.Next(2) == 0 ? Direction.HigherIsBetter : Direction.LowerIsBetter).ToArray();
    }

    public static DecisionMatrix Matrix(double[][] columns, Direction[]? directions = null) => new(columns, null, directions);

    public static double[][] Permute(double[][] columns, int seed)
    {
        var n = columns.Length == 0 ? 0 : columns[0].Length;
        var random = new Random(seed);
        var perm = Enumerable.Range(0, n).OrderBy(_ => random.Next()).ToArray();
        return columns.Select(c => perm.Select(i => c[i]).ToArray()).ToArray();
    }

    public static double[] MinMax(double[] column, Direction direction)
    {
        var min = column.Min();
        var max = column.Max();
        return max == min
            ? column.Select(_ => 0.0).ToArray()
            : column.Select(x => direction == Direction.LowerIsBetter ? (max - x) / (max - min) : (x - min) / (max - min)).ToArray();
    }

    public static double[] Normalise(double[] raw) => raw.Sum() > 0 ? raw.Select(x => x / raw.Sum()).ToArray() : raw.Select(_ => 1.0 / raw.Length).ToArray();

    public static double PopulationSd(double[] x, int ddof = 0)
    {
        var mean = x.Average();
        return Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Length - ddof));
    }

    public static double Pearson(double[] a, double[] b)
    {
        var ma = a.Average();
        var mb = b.Average();
        var cov = a.Zip(b, (x, y) => (x - ma) * (y - mb)).Sum();
        var va = a.Sum(x => (x - ma) * (x - ma));
        var vb = b.Sum(y => (y - mb) * (y - mb));
        return va == 0 || vb == 0 ? 0 : Math.Clamp(cov / Math.Sqrt(va * vb), -1, 1);
    }

    public static double[] Entropy(double[][] columns, Direction[]? directions = null, bool minMax = false)
    {
        var n = columns[0].Length;
        var d = columns.Select((c, j) =>
        {
            var y = minMax ? MinMax(c, directions?[j] ?? Direction.HigherIsBetter) : c;
            if (y.Max() == y.Min())
            {
                return 0.0;
            }

            var s = y.Sum();
            var e = -y.Select(v => v / s).Where(p => p > 0).Sum(p => p * Math.Log(p)) / Math.Log(n);
            return Math.Max(0, 1 - e);
        }).ToArray();
        return Normalise(d);
    }

    public static double[] Critic(double[][] columns, Direction[]? directions = null, int ddof = 0)
    {
        var y = columns.Select((c, j) => MinMax(c, directions?[j] ?? Direction.HigherIsBetter)).ToArray();
        var c = y.Select((yj, j) => PopulationSd(yj, ddof) * y.Sum(yk => 1 - (ReferenceEquals(yj, yk) ? 1 : Pearson(yj, yk)))).ToArray();
        return Normalise(c);
    }

    public static double[] CoefficientOfVariation(double[][] columns) =>
        Normalise(columns.Select(c => c.Max() == c.Min() ? 0 : PopulationSd(c) / Math.Abs(c.Average())).ToArray());

    public static double[] StandardDeviation(double[][] columns) =>
        Normalise(columns.Select(c => PopulationSd(MinMax(c, Direction.HigherIsBetter))).ToArray());
}
