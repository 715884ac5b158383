namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// The numeric tests' one relative-tolerance assertion: |actual − expected| ≤ tolerance × |expected|, failing with both
/// values to the last digit and the relative error, so a failure says how far off it is, not only that it is.
/// </summary>
internal static class Within
{
    /// <summary>Asserts that <paramref name="actual"/> is within <paramref name="tolerance"/> of <paramref name="expected"/>, relatively.</summary>
    public static void Relative(double expected, double actual, double tolerance) =>
        Assert.True(
            Math.Abs(actual - expected) <= tolerance * Math.Abs(expected),
            $"expected {expected:R} within {tolerance:G2} relative, got {actual:R} (relative error {Math.Abs(actual - expected) / Math.Abs(expected):G3})");
}
