using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Crm.Domain.Acquisition;
using Crm.Domain.Campaigns.Analysis;
using Crm.Domain.Campaigns.Attribution;
using Crm.Domain.Json;
using Crm.Domain.Retention;
using Crm.Domain.Scoring;
using Crm.Domain.Service;

namespace Crm.Domain.Serialization;

// A nested type of the facade: the Serialization room holds only CrmJson and the contexts
// (Conventions/SerializationArrowConventionTests).
public static partial class CrmJson
{
    /// <summary>
    /// Gives every result row (a serialisable type with a guarded <c>init</c> accessor: the rows whose constructor and
    /// accessors guard their members) a <see cref="ResultRowConverter{T}"/> over its own source-generated metadata,
    /// so that a refusal read from JSON is a <see cref="JsonException"/> with the path. Every other type is the
    /// <c>inner</c> resolver's. The rows are listed rather than made with <c>MakeGenericType</c> so that trimming and
    /// native AOT keep working; <c>Serialization/ResultRowPathTests</c> finds the rows by reflection and fails on one
    /// missing here.
    /// </summary>
    internal sealed class ResultRowResolver(IJsonTypeInfoResolver inner) : IJsonTypeInfoResolver
    {
        private static readonly FrozenDictionary<Type, Func<IJsonTypeInfoResolver, JsonSerializerOptions, JsonTypeInfo?>> Rows =
            new Dictionary<Type, Func<IJsonTypeInfoResolver, JsonSerializerOptions, JsonTypeInfo?>>
            {
                [typeof(ScoreContribution)] = Row<ScoreContribution>,
                [typeof(SlaTimer)] = Row<SlaTimer>,
                [typeof(AttributionShare)] = Row<AttributionShare>,
                [typeof(CampaignCredit)] = Row<CampaignCredit>,
                [typeof(AttributedConversion)] = Row<AttributedConversion>,
                [typeof(SegmentAnalysis)] = Row<SegmentAnalysis>,
                [typeof(AccountTrend)] = Row<AccountTrend>,
                [typeof(FunnelReport)] = Row<FunnelReport>,
            }.ToFrozenDictionary();

        /// <summary>The row types given a <see cref="ResultRowConverter{T}"/>.</summary>
        internal static IEnumerable<Type> RowTypes => Rows.Keys;

        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
            Rows.TryGetValue(type, out var row) ? row(inner, options) : inner.GetTypeInfo(type, options);

        // The row's own metadata (with the strict-member rules), bound to the same options, read by the converter.
        private static JsonTypeInfo<T>? Row<T>(IJsonTypeInfoResolver inner, JsonSerializerOptions options) =>
            inner.GetTypeInfo(typeof(T), options) is JsonTypeInfo<T> row
                ? JsonMetadataServices.CreateValueInfo<T>(options, new ResultRowConverter<T>(row))
                : null;
    }
}
