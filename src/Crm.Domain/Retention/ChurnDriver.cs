namespace Crm.Domain.Retention;

/// <summary>A recorded reason for a defection; each maps to one <see cref="DefectorType"/>.</summary>
/// <remarks><c>default</c> is <see cref="Unknown"/>.</remarks>
public enum ChurnDriver
{
    /// <summary>No reason recorded.</summary>
    Unknown = 0,

    /// <summary>The price was too high for the value (price).</summary>
    PriceTooHigh,

    /// <summary>A competitor offered a lower price (price).</summary>
    CheaperCompetitorOffer,

    /// <summary>Our price went up (price).</summary>
    PriceIncrease,

    /// <summary>Quality problems (product).</summary>
    PoorQuality,

    /// <summary>A needed feature was missing (product).</summary>
    MissingFeature,

    /// <summary>A competitor's product was better (product).</summary>
    SuperiorCompetitorProduct,

    /// <summary>Poor service (service).</summary>
    PoorService,

    /// <summary>Slow response (service).</summary>
    SlowResponse,

    /// <summary>A complaint was not resolved (service).</summary>
    UnresolvedComplaint,

    /// <summary>Staff attitude (service).</summary>
    StaffAttitude,

    /// <summary>Moved out of the area served (market).</summary>
    MovedAway,

    /// <summary>Went out of business (market).</summary>
    OutOfBusiness,

    /// <summary>No longer needs the category (market).</summary>
    NoLongerNeeded,

    /// <summary>Switched to another technology (technological).</summary>
    SwitchedTechnology,

    /// <summary>Our offer no longer fits their technology (technological).</summary>
    IncompatibleTechnology,

    /// <summary>A policy change inside the customer's organisation (organisational).</summary>
    InternalPolicyChange,

    /// <summary>Merged or was acquired (organisational).</summary>
    MergerOrAcquisition,

    /// <summary>Our champion at the customer left (organisational).</summary>
    KeyContactLeft,

    /// <summary>Buys from a company that buys from them (organisational).</summary>
    ReciprocalBuying,
}
