using System.Text.Json;
using Crm.Domain.Json;

namespace Crm.Domain.Metrics.Json;

// Results are written with their derived figures (score, rates, mean) for readers of the JSON; reading rebuilds the
// result from its counts alone, validated by the accumulators' factories, and ignores the derived members, so a result
// read back is always consistent.

/// <summary><c>{"distribution":[11],"count":10,"promoters":5,"passives":3,"detractors":2,"score":30}</c>.</summary>
internal sealed class NpsResultJsonConverter : ValidatingConverter<NpsResult>
{
    protected override NpsResult ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = MetricsJson.ReadObject(ref reader, nameof(NpsResult), "distribution", "count", "promoters", "passives", "detractors", "score");
        return NpsAccumulator.FromState(new NpsAccumulatorState([.. MetricsJson.Int64Array(obj, "distribution", nameof(NpsResult))])).Result;
    }

    public override void Write(Utf8JsonWriter writer, NpsResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        MetricsJson.WriteCounts(writer, "distribution", value.Distribution);
        writer.WriteNumber("count", value.Count);
        writer.WriteNumber("promoters", value.Promoters);
        writer.WriteNumber("passives", value.Passives);
        writer.WriteNumber("detractors", value.Detractors);
        if (value.Score is { } score)
        {
            writer.WriteNumber("score", score);
        }
        else
        {
            writer.WriteNull("score");
        }

        writer.WriteEndObject();
    }
}

/// <summary><c>{"distribution":[5],"count":10,"satisfied":8,"satisfaction":0.8,"mean":4.1}</c>.</summary>
internal sealed class CsatResultJsonConverter : ValidatingConverter<CsatResult>
{
    protected override CsatResult ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = MetricsJson.ReadObject(ref reader, nameof(CsatResult), "distribution", "count", "satisfied", "satisfaction", "mean");
        return CsatAccumulator.FromState(new CsatAccumulatorState([.. MetricsJson.Int64Array(obj, "distribution", nameof(CsatResult))])).Result;
    }

    public override void Write(Utf8JsonWriter writer, CsatResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        MetricsJson.WriteCounts(writer, "distribution", value.Distribution);
        writer.WriteNumber("count", value.Count);
        writer.WriteNumber("satisfied", value.Satisfied);
        MetricsJson.WriteRatioValue(writer, "satisfaction", value.Satisfaction);
        WriteNullable(writer, "mean", value.Mean);
        writer.WriteEndObject();
    }

    internal static void WriteNullable(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}

/// <summary><c>{"scale":{...},"distribution":[...],"count":10,"easy":7,"easyShare":0.7,"mean":5.2}</c>.</summary>
internal sealed class CesResultJsonConverter : ValidatingConverter<CesResult>
{
    protected override CesResult ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = MetricsJson.ReadObject(ref reader, nameof(CesResult), "scale", "distribution", "count", "easy", "easyShare", "mean");
        var counts = MetricsJson.Int64Array(obj, "distribution", nameof(CesResult));
        var scale = MetricsJson.Required(obj, "scale", nameof(CesResult));
        if (scale.ValueKind == JsonValueKind.Null)
        {
            return counts.Length == 0 ? default : throw new JsonException("A CesResult without a scale cannot hold counts.");
        }

        return CesAccumulator.FromState(new CesAccumulatorState(CesScaleJsonConverter.Read(scale), [.. counts])).Result;
    }

    public override void Write(Utf8JsonWriter writer, CesResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("scale");
        CesScaleJsonConverter.WriteObject(writer, value.Scale);
        MetricsJson.WriteCounts(writer, "distribution", value.Distribution);
        writer.WriteNumber("count", value.Count);
        writer.WriteNumber("easy", value.Easy);
        MetricsJson.WriteRatioValue(writer, "easyShare", value.EasyShare);
        CsatResultJsonConverter.WriteNullable(writer, "mean", value.Mean);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"start":200,"end":190,"acquired":30,"retentionRate":0.8,"churnRate":0.2}</c>.</summary>
internal sealed class RetentionResultJsonConverter : ValidatingConverter<RetentionResult>
{
    protected override RetentionResult ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = MetricsJson.ReadObject(ref reader, nameof(RetentionResult), "start", "end", "acquired", "retentionRate", "churnRate");
        return new RetentionResult(RetentionPeriodCountsJsonConverter.Read(obj, nameof(RetentionResult)));
    }

    public override void Write(Utf8JsonWriter writer, RetentionResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        RetentionPeriodCountsJsonConverter.WriteMembers(writer, value.Counts);
        MetricsJson.WriteRatioValue(writer, "retentionRate", value.RetentionRate);
        MetricsJson.WriteRatioValue(writer, "churnRate", value.ChurnRate);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"totalSpend":{...}|null,"customersAcquired":40,"costPerCustomer":{...}|null}</c>.</summary>
internal sealed class AcquisitionCostResultJsonConverter : ValidatingConverter<AcquisitionCostResult>
{
    private const string Name = nameof(AcquisitionCostResult);

    protected override AcquisitionCostResult ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = MetricsJson.ReadObject(ref reader, Name, "totalSpend", "customersAcquired", "costPerCustomer");
        var spend = MetricsJson.OptionalMoney(obj, "totalSpend", Name);
        var customers = MetricsJson.Int64(obj, "customersAcquired", Name);

        // The same rules as the accumulator's totals (one observation at least when there is a spend).
        return AcquisitionCostAccumulator.FromState(new AcquisitionCostAccumulatorState(spend, customers, spend is null ? 0 : 1)).Result;
    }

    public override void Write(Utf8JsonWriter writer, AcquisitionCostResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        MetricsJson.WriteMoney(writer, "totalSpend", value.TotalSpend);
        writer.WriteNumber("customersAcquired", value.CustomersAcquired);
        MetricsJson.WriteMoney(writer, "costPerCustomer", value.CostPerCustomer);
        writer.WriteEndObject();
    }
}
