using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Crm.Domain.CustomerValue.Summaries;

/// <summary>The partial state of a <see cref="CustomerSummaryBuilder{TCustomer}"/>
/// (<see cref="CustomerSummaryBuilder{TCustomer}.ToState"/>): everything it needs to build its summaries and to merge
/// with other builders, so that a worker can store its part or ship it to another. Round-trips through
/// <see cref="Serialization.CrmJson"/> for <see cref="Primitives.CustomerId"/>, <see cref="string"/>,
/// <see cref="long"/> and <see cref="int"/> keys.</summary>
/// <typeparam name="TCustomer">The customer key.</typeparam>
/// <param name="SchemaVersion">The version of this shape; 1.</param>
/// <param name="Options">The builder's options (not null).</param>
/// <param name="TransactionCount">The raw transactions added; &gt;= the total number of occasions.</param>
/// <param name="Customers">One entry per distinct customer (including those first seen in the holdout), in no
/// particular order, no key twice.</param>
/// <remarks>A plain record, checked only by <see cref="CustomerSummaryBuilder{TCustomer}.FromState"/>. Equality
/// compares <paramref name="Customers"/> by reference. Immutable and thread-safe.</remarks>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CustomerSummaryBuilderState<TCustomer>(
    [property: JsonRequired] int SchemaVersion,
    [property: JsonRequired] SummaryOptions Options,
    [property: JsonRequired] long TransactionCount,
    [property: JsonRequired] ImmutableArray<CustomerSummaryBuilderEntry<TCustomer>> Customers)
{
    /// <summary>The <see cref="SchemaVersion"/> this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;
}
