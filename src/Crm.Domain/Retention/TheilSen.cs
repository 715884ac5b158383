namespace Crm.Domain.Retention;

/// <summary>The Theil–Sen estimator: the median of the slopes between every pair of points; robust to outliers
/// (breakdown point about 29 %).</summary>
internal static class TheilSen
{
    /// <summary>The slope per step of <paramref name="y"/> observed at x = 0, 1, 2, ... (at least 2 values).</summary>
    public static double Slope(ReadOnlySpan<double> y)
    {
        var n = y.Length;
        var slopes = new double[n * (n - 1) / 2];
        var k = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                slopes[k++] = (y[j] - y[i]) / (j - i);
            }
        }

        return Median(slopes);
    }

    /// <summary>The median (sorts <paramref name="values"/> in place).</summary>
    public static double Median(double[] values)
    {
        Array.Sort(values);
        var m = values.Length / 2;
        return values.Length % 2 == 1 ? values[m] : (values[m - 1] + values[m]) / 2d;
    }
}
