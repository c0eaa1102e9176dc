namespace EnterpriseScoring;

/// <summary>Sums whose result does not depend on the order of the terms: the terms are sorted, then added with
/// Neumaier compensation. Used wherever a pool-level sum feeds a result, so shuffled input gives identical output.</summary>
internal static class StableSum
{
    public static double Sum(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            return 0;
        }

        var sorted = System.Buffers.ArrayPool<double>.Shared.Rent(values.Length);
        try
        {
            var span = sorted.AsSpan(0, values.Length);
            values.CopyTo(span);
            span.Sort();
            return NeumaierSum(span);
        }
        finally
        {
            System.Buffers.ArrayPool<double>.Shared.Return(sorted);
        }
    }

    public static double NeumaierSum(ReadOnlySpan<double> values)
    {
        double sum = 0, compensation = 0;
        foreach (var v in values)
        {
            var t = sum + v;
            compensation += Math.Abs(sum) >= Math.Abs(v) ? (sum - t) + v : (v - t) + sum;
            sum = t;
        }

        return sum + compensation;
    }
}
