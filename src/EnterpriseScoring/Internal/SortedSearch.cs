namespace EnterpriseScoring.Internal;

/// <summary>Binary searches over values sorted ascending (O(log n)).</summary>
internal static class SortedSearch
{
    /// <summary>The number of elements strictly less than <paramref name="value"/>.</summary>
    public static int CountLess(ReadOnlySpan<double> sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The number of elements strictly greater than <paramref name="value"/>.</summary>
    public static int CountGreater(ReadOnlySpan<double> sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (sorted[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return sorted.Length - lo;
    }
}
