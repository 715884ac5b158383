namespace Crm.Domain.Campaigns.Analysis;

/// <summary>The rates of a campaign (or one segment of it) with their intervals, and the conversion lift over control.</summary>
/// <param name="OpenRate">Treated members who opened, of treated members.</param>
/// <param name="ResponseRate">Treated members who responded (any code), of treated members.</param>
/// <param name="InterestRate">Treated members who responded "interested", of treated members.</param>
/// <param name="OptOutRate">Treated members who asked not to be contacted, of treated members.</param>
/// <param name="ConversionLift">Conversion of treated members against control members, with the two-proportion
/// test; <see cref="LiftTest.Treated"/> and <see cref="LiftTest.Control"/> are the two conversion rates.</param>
/// <remarks>A plain result row; every rate says "no data" for an empty group rather than NaN.</remarks>
public sealed record ResponseRates(RateEstimate OpenRate, RateEstimate ResponseRate, RateEstimate InterestRate, RateEstimate OptOutRate, LiftTest ConversionLift)
{
    /// <summary>The rates of <paramref name="tally"/> at <paramref name="confidence"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not strictly between 0 and 1.</exception>
    public static ResponseRates From(ResponseTally tally, double confidence = 0.95)
    {
        var t = tally.Treated;
        var c = tally.Control;
        return new ResponseRates(
            RateEstimate.Wilson(t.Opened, t.Members, confidence),
            RateEstimate.Wilson(t.Responded, t.Members, confidence),
            RateEstimate.Wilson(t.Interested, t.Members, confidence),
            RateEstimate.Wilson(t.OptedOut, t.Members, confidence),
            LiftTest.TwoProportion(t.Converted, t.Members, c.Converted, c.Members, confidence));
    }
}
