namespace EnterpriseScoring.Tests.Performance;

/// <summary>Obviously-correct sums that the fast kernels are checked against.</summary>
internal static class NaiveSums
{
    /// <summary>Neumaier's compensated sum of the values in ascending order, sorted by a stable comparison sort.</summary>
    public static double SortedNeumaier(IEnumerable<double> values)
    {
        double sum = 0, compensation = 0;
        foreach (var v in values.Order())
        {
            var t = sum + v;
            compensation += Math.Abs(sum) >= Math.Abs(v) ? (sum - t) + v : (v - t) + sum;
            sum = t;
        }

        return sum + compensation;
    }
}
