namespace Crm.Domain.Retention;

/// <summary>Classifies recorded churn drivers into defector types.</summary>
/// <remarks>Pure functions; thread-safe.</remarks>
public static class ChurnDrivers
{
    /// <summary>The defector type of a recorded driver; <see cref="DefectorType.Unknown"/> for an unknown or undefined driver.</summary>
    public static DefectorType TypeOf(ChurnDriver driver) => driver switch
    {
        ChurnDriver.PriceTooHigh or ChurnDriver.CheaperCompetitorOffer or ChurnDriver.PriceIncrease => DefectorType.Price,
        ChurnDriver.PoorQuality or ChurnDriver.MissingFeature or ChurnDriver.SuperiorCompetitorProduct => DefectorType.Product,
        ChurnDriver.PoorService or ChurnDriver.SlowResponse or ChurnDriver.UnresolvedComplaint or ChurnDriver.StaffAttitude => DefectorType.Service,
        ChurnDriver.MovedAway or ChurnDriver.OutOfBusiness or ChurnDriver.NoLongerNeeded => DefectorType.Market,
        ChurnDriver.SwitchedTechnology or ChurnDriver.IncompatibleTechnology => DefectorType.Technological,
        ChurnDriver.InternalPolicyChange or ChurnDriver.MergerOrAcquisition or ChurnDriver.KeyContactLeft or ChurnDriver.ReciprocalBuying => DefectorType.Organisational,
        _ => DefectorType.Unknown,
    };
}
