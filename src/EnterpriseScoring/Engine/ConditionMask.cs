namespace EnterpriseScoring.Engine;

/// <summary>
/// A <see cref="FirmCondition"/> evaluated on every row of a table at once: one bit per row, set where
/// <see cref="FirmCondition.Matches"/> would return <see langword="true"/>.
/// </summary>
/// <remarks>
/// A condition is a conjunction of independent parts, so each part is applied column by column: size class, land band
/// and measure thresholds with one plain loop each; tags with whole-word AND/OR of the tag bitsets; industry prefixes and
/// regions once per distinct category (a handful) and then by code. No per-row string work and no per-row allocation;
/// the result equals <see cref="FirmCondition.Matches"/> row by row (tested).
/// </remarks>
internal static class ConditionMask
{
    /// <summary>Evaluates <paramref name="condition"/> on every row.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="table">The firms.</param>
    /// <param name="land">The evaluated land area of every row (NaN when unknown).</param>
    /// <param name="evaluationYear">The evaluation year, for <see cref="FirmCondition.StartedWithinYears"/>.</param>
    /// <returns>One bit per row.</returns>
    public static ulong[] Evaluate(FirmCondition condition, FirmTable table, ReadOnlySpan<double> land, int evaluationYear)
    {
        var n = table.Count;
        var words = Bitset.All(n);
        if (condition.SizeClass is { } size)
        {
            And(words, n, new SizePredicate(table.SizeClasses, size));
        }

        if (condition.MinLand is { } min)
        {
            And(words, n, new MinLandPredicate(land, min, condition.MinLandInclusive));
        }

        if (condition.MaxLand is { } max)
        {
            And(words, n, new MaxLandPredicate(land, max, condition.MaxLandInclusive));
        }

        if (condition.IndustryPrefixes.Count > 0)
        {
            AndCategories(words, n, table.Industries, condition.IndustryMatches);
        }

        if (condition.IndustryCodes.Count > 0)
        {
            AndCategories(words, n, table.Industries, condition.IndustryCodeEquals);
        }

        foreach (var tag in condition.RequiredTags)
        {
            var tagWords = table.GetTag(tag).Words;
            for (var w = 0; w < words.Length; w++)
            {
                words[w] &= tagWords[w];
            }
        }

        if (condition.AnyTags.Count > 0)
        {
            var any = new ulong[words.Length];
            foreach (var tag in condition.AnyTags)
            {
                var tagWords = table.GetTag(tag).Words;
                for (var w = 0; w < any.Length; w++)
                {
                    any[w] |= tagWords[w];
                }
            }

            for (var w = 0; w < words.Length; w++)
            {
                words[w] &= any[w];
            }
        }

        foreach (var threshold in condition.MeasureThresholds())
        {
            if (table.TryGetMeasure(threshold.Measure, out var column))
            {
                And(words, n, new ThresholdPredicate(column.Values, threshold.Comparison, threshold.Value));
                AndWords(words, column.Presence.Words);
            }
            else
            {
                Array.Clear(words);
            }
        }

        if (condition.StartedWithinYears is { } years)
        {
            And(words, n, new StartedWithinPredicate(table.StartYears, evaluationYear, years));
            AndWords(words, table.StartYearPresence.Words);
        }

        if (condition.Regions.Count > 0)
        {
            AndCategories(words, n, table.Regions, category => condition.Regions.Contains(category, StringComparer.Ordinal));
        }

        return words;
    }

    /// <summary>Clears the rows whose category fails <paramref name="matches"/>: the test runs once per distinct category, not per row.</summary>
    private static void AndCategories(ulong[] words, int n, CategoryColumn column, Func<string, bool> matches)
    {
        var categories = column.Categories;
        var match = new bool[categories.Count];
        for (var c = 0; c < match.Length; c++)
        {
            match[c] = matches(categories[c]);
        }

        And(words, n, new CategoryPredicate(column.Codes, match));
    }

    private static void AndWords(ulong[] words, ReadOnlySpan<ulong> other)
    {
        for (var w = 0; w < words.Length; w++)
        {
            words[w] &= other[w];
        }
    }

    /// <summary>Clears the bits of the rows where <paramref name="predicate"/> fails; whole words at a time, skipping words already clear.</summary>
    private static void And<T>(ulong[] words, int n, T predicate)
        where T : IRowPredicate, allows ref struct
    {
        for (var w = 0; w < words.Length; w++)
        {
            if (words[w] == 0)
            {
                continue;
            }

            var start = w << 6;
            var end = Math.Min(n, start + 64);
            var bits = 0UL;
            for (var row = start; row < end; row++)
            {
                if (predicate.Test(row))
                {
                    bits |= 1UL << (row - start);
                }
            }

            words[w] &= bits;
        }
    }

    private interface IRowPredicate
    {
        bool Test(int row);
    }

    private readonly ref struct SizePredicate(ReadOnlySpan<SizeClass> sizes, SizeClass size) : IRowPredicate
    {
        private readonly ReadOnlySpan<SizeClass> sizes = sizes;

        public bool Test(int row) => sizes[row] == size;
    }

    private readonly ref struct MinLandPredicate(ReadOnlySpan<double> land, double min, bool inclusive) : IRowPredicate
    {
        private readonly ReadOnlySpan<double> land = land;

        public bool Test(int row) => inclusive ? land[row] >= min : land[row] > min;
    }

    private readonly ref struct MaxLandPredicate(ReadOnlySpan<double> land, double max, bool inclusive) : IRowPredicate
    {
        private readonly ReadOnlySpan<double> land = land;

        public bool Test(int row) => inclusive ? land[row] <= max : land[row] < max;
    }

    private readonly ref struct CategoryPredicate(ReadOnlySpan<int> codes, bool[] matches) : IRowPredicate
    {
        private readonly ReadOnlySpan<int> codes = codes;

        public bool Test(int row) => matches[codes[row]];
    }

    private readonly ref struct ThresholdPredicate(ReadOnlySpan<double> values, MeasureComparison comparison, double threshold) : IRowPredicate
    {
        private readonly ReadOnlySpan<double> values = values;

        public bool Test(int row) => MeasureThreshold.Holds(comparison, values[row], threshold);
    }

    private readonly ref struct StartedWithinPredicate(ReadOnlySpan<int> startYears, int evaluationYear, int years) : IRowPredicate
    {
        private readonly ReadOnlySpan<int> startYears = startYears;

        public bool Test(int row) => evaluationYear - startYears[row] < years;
    }
}
