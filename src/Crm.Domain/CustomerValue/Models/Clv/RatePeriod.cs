namespace Crm.Domain.CustomerValue.Models.Clv;

/// <summary>
/// The period a rate or a model's time unit refers to. Lengths used for conversions: a day; a week of 7 days; a month
/// of 365.25/12 days; a year of 365.25 days.
/// </summary>
public enum RatePeriod
{
    /// <summary>Not set; refused by every conversion.</summary>
    Unknown = 0,

    /// <summary>One day.</summary>
    Day,

    /// <summary>Seven days.</summary>
    Week,

    /// <summary>One twelfth of a 365.25-day year.</summary>
    Month,

    /// <summary>365.25 days.</summary>
    Year,
}
