using System.Text.Json.Serialization;

namespace Crm.Domain.CustomerValue.Summaries;

/// <summary>One distinct purchase occasion of a customer in a <see cref="CustomerSummaryBuilderState{TCustomer}"/>:
/// a day, or a period under <see cref="TransactionMerging.SamePeriod"/>, and which side of the calibration end it
/// falls on. JSON: <c>{"key":739000,"holdout":false}</c>.</summary>
/// <param name="Key">The occasion's key, &gt;= 0: the day number (days since 0001-01-01, as
/// <see cref="DateOnly.DayNumber"/>) when transactions merge by day; otherwise the week index (day number / 7) or the
/// month index (year × 12 + month − 1) of <see cref="SummaryOptions.Period"/>.</param>
/// <param name="Holdout">Whether the occasion is after the calibration end (a period split by the calibration end
/// gives two occasions with one key).</param>
/// <remarks>A plain value, checked only by <see cref="CustomerSummaryBuilder{TCustomer}.FromState"/>. <c>default</c>
/// is key 0 in calibration. Immutable and thread-safe.</remarks>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public readonly record struct CustomerSummaryOccasion([property: JsonRequired] int Key, [property: JsonRequired] bool Holdout);
