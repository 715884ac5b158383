namespace Crm.Domain.Metrics.Categorisation;

/// <summary>
/// The unit in which the ABC classifier and its summary count value shares: 1, or, when the values add up to +∞
/// (values near <see cref="double.MaxValue"/>), the largest value, which keeps the total finite (at most n) and the
/// shares the same. One place, so that the assignments and the summary count shares alike.
/// </summary>
internal static class ShareUnits
{
    /// <summary>The unit, and the total in that unit (the plain <paramref name="total"/> when the unit is 1).</summary>
    /// <param name="items">The values' holders, summed in this order.</param>
    /// <param name="total">Their plain sum (may be +∞).</param>
    /// <param name="largest">The largest value.</param>
    /// <param name="value">A holder's value.</param>
    public static (double Unit, double Total) Of<T>(ReadOnlySpan<T> items, double total, double largest, Func<T, double> value)
    {
        if (!double.IsInfinity(total))
        {
            return (1d, total);
        }

        var inUnits = 0d;
        foreach (var item in items)
        {
            inUnits += value(item) / largest;
        }

        return (largest, inUnits);
    }
}
