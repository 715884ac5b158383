using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Domain.CustomerValue.Rfm;
using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.Primitives;

namespace Crm.Domain.Serialization;

/// <summary>
/// The source-generated JSON metadata of the customer-value summaries and RFM types. A context of its own rather than
/// a partial of <see cref="CrmJsonContext"/>: the System.Text.Json generator fails when <c>[JsonSerializable]</c>
/// attributes sit on two partial declarations of one context (dotnet/runtime#99669: "hintName ... must be unique").
/// <see cref="CrmJson"/> chains it after <see cref="CrmJsonContext"/>.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(SummaryOptions))]
[JsonSerializable(typeof(CustomerSummaryBuilderState<CustomerId>))]
[JsonSerializable(typeof(CustomerSummaryBuilderState<string>))]
[JsonSerializable(typeof(CustomerSummaryBuilderState<long>))]
[JsonSerializable(typeof(CustomerSummaryBuilderState<int>))]
[JsonSerializable(typeof(CustomerSummaryBuilder<CustomerId>))]
[JsonSerializable(typeof(CustomerSummaryBuilder<string>))]
[JsonSerializable(typeof(CustomerSummaryBuilder<long>))]
[JsonSerializable(typeof(CustomerSummaryBuilder<int>))]
[JsonSerializable(typeof(RfmScore))]
[JsonSerializable(typeof(RfmObservation))]
[JsonSerializable(typeof(RfmScore[]))]
internal sealed partial class CustomerValueSummariesJsonContext : JsonSerializerContext;
