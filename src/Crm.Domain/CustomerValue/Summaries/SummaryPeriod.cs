namespace Crm.Domain.CustomerValue.Summaries;

/// <summary>The unit of time in which a customer summary's recency (t_x) and age (T) are expressed.</summary>
/// <remarks>
/// With <see cref="TransactionMerging.SameDay"/> merging, times are whole days divided by the period's length in days
/// (<see cref="SummaryOptions.PeriodLengthInDays"/>): 1 for <see cref="Day"/>, 7 for <see cref="Week"/> and
/// 30.4375 (= 365.25 / 12, the mean Gregorian month) for <see cref="Month"/>, so t_x and T are fractional. With
/// <see cref="TransactionMerging.SamePeriod"/> merging, times are whole calendar periods (ISO weeks starting on
/// Monday, calendar months). <c>default</c> is <see cref="Day"/>.
/// </remarks>
public enum SummaryPeriod
{
    /// <summary>One day.</summary>
    Day = 0,

    /// <summary>One week of 7 days (the unit of the CDNOW / BTYD literature).</summary>
    Week = 1,

    /// <summary>One month: 30.4375 days with same-day merging; a calendar month with same-period merging.</summary>
    Month = 2,
}
