namespace Crm.Domain.Metrics.Scorecards;

/// <summary>The unit of a KPI's value and targets, used to display them; it never rescales anything.</summary>
public enum KpiUnit
{
    /// <summary>A plain number (the default).</summary>
    Number = 0,

    /// <summary>A fraction in [0, 1], displayed as a percentage: values and targets are fractions (0.8 shows as 80 %).</summary>
    Fraction = 1,

    /// <summary>Score points (NPS on −100..100, an index on 0..100).</summary>
    Points = 2,

    /// <summary>Hours (durations converted with <see cref="KpiValue.Hours"/>).</summary>
    Hours = 3,

    /// <summary>Days.</summary>
    Days = 4,

    /// <summary>An amount of money in the KPI's currency (named in its description).</summary>
    Money = 5,

    /// <summary>A count (calls, cases, customers) or an average of counts.</summary>
    Count = 6,
}
