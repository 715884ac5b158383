using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NodaTime;

namespace Crm.Domain.CustomerValue.Summaries;

/// <summary>What a <see cref="CustomerSummaryBuilder{TCustomer}"/> keeps of one customer, in its
/// <see cref="CustomerSummaryBuilderState{TCustomer}"/>.</summary>
/// <typeparam name="TCustomer">The customer key.</typeparam>
/// <param name="Customer">The customer key (not null, not <c>default</c>).</param>
/// <param name="FirstCalibrationDate">The earliest calibration purchase date (ISO calendar), or null when every
/// purchase is in the holdout.</param>
/// <param name="FirstSpend">The spend on the first occasion, in the log's currency; finite, &gt;= 0, at most the spend
/// of the side (calibration or holdout) of that occasion.</param>
/// <param name="CalibrationSpend">The spend up to the calibration end; finite, &gt;= 0; 0 without calibration
/// occasions.</param>
/// <param name="HoldoutSpend">The spend after the calibration end; finite, &gt;= 0; 0 without holdout occasions.</param>
/// <param name="Occasions">The distinct purchase occasions, in increasing (key, holdout) order, at least one.</param>
/// <remarks>A plain record, checked only by <see cref="CustomerSummaryBuilder{TCustomer}.FromState"/>. Equality
/// compares <paramref name="Occasions"/> by reference (compare the JSON to compare contents). Immutable and
/// thread-safe.</remarks>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CustomerSummaryBuilderEntry<TCustomer>(
    [property: JsonRequired] TCustomer Customer,
    [property: JsonRequired] LocalDate? FirstCalibrationDate,
    [property: JsonRequired] double FirstSpend,
    [property: JsonRequired] double CalibrationSpend,
    [property: JsonRequired] double HoldoutSpend,
    [property: JsonRequired] ImmutableArray<CustomerSummaryOccasion> Occasions);
