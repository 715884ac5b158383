namespace Crm.Domain.CustomerValue.Models.Checks;

/// <summary>
/// One period of a tracking check (lifetimes' <c>expected_cumulative_transactions</c>): the cohort's repeat
/// transactions in the period and up to its end, actual and expected.
/// </summary>
/// <remarks><c>default</c> is an empty period 0. Immutable and thread-safe.</remarks>
public readonly record struct TrackingPoint
{
    internal TrackingPoint(int period, double actual, double expected, double actualCumulative, double expectedCumulative)
    {
        Period = period;
        Actual = actual;
        Expected = expected;
        ActualCumulative = actualCumulative;
        ExpectedCumulative = expectedCumulative;
    }

    /// <summary>The period number, 1 for the first period after the tracking start.</summary>
    public int Period { get; }

    /// <summary>Repeat transactions observed in the period.</summary>
    public double Actual { get; }

    /// <summary>Repeat transactions the model expects in the period.</summary>
    public double Expected { get; }

    /// <summary>Repeat transactions observed from the start to the end of the period.</summary>
    public double ActualCumulative { get; }

    /// <summary>Repeat transactions expected from the start to the end of the period: Σᵢ E[X(end − sᵢ)] over the customers first seen at sᵢ before the end.</summary>
    public double ExpectedCumulative { get; }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"period {Period}: actual {Actual:0.###} (cumulative {ActualCumulative:0.###}), expected {Expected:0.###} (cumulative {ExpectedCumulative:0.###})");
}
