using System.Text.Json;
using Crm.Domain.Json;

namespace Crm.Domain.Metrics.Json;

// Accumulators are persisted as their sufficient statistics (partial results stored per partition and merged later).
// Reading goes through the public FromCounts/FromTotals factories, which validate.

/// <summary><c>{"distribution":[11 counts by score 0–10]}</c>.</summary>
internal sealed class NpsAccumulatorJsonConverter : ValidatingConverter<NpsAccumulator>
{
    protected override NpsAccumulator ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = MetricsJson.ReadObject(ref reader, nameof(NpsAccumulator), "distribution");
        return NpsAccumulator.FromCounts(MetricsJson.Int64Array(obj, "distribution", nameof(NpsAccumulator)));
    }

    public override void Write(Utf8JsonWriter writer, NpsAccumulator value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        MetricsJson.WriteCounts(writer, "distribution", value.Distribution);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"distribution":[5 counts by score 1–5]}</c>.</summary>
internal sealed class CsatAccumulatorJsonConverter : ValidatingConverter<CsatAccumulator>
{
    protected override CsatAccumulator ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = MetricsJson.ReadObject(ref reader, nameof(CsatAccumulator), "distribution");
        return CsatAccumulator.FromCounts(MetricsJson.Int64Array(obj, "distribution", nameof(CsatAccumulator)));
    }

    public override void Write(Utf8JsonWriter writer, CsatAccumulator value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        MetricsJson.WriteCounts(writer, "distribution", value.Distribution);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"scale":{...}|null,"distribution":[counts by answer from scale.min]}</c>; a null scale is
/// <see cref="CesAccumulator.Empty"/> and needs an empty distribution.</summary>
internal sealed class CesAccumulatorJsonConverter : ValidatingConverter<CesAccumulator>
{
    protected override CesAccumulator ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = MetricsJson.ReadObject(ref reader, nameof(CesAccumulator), "scale", "distribution");
        var counts = MetricsJson.Int64Array(obj, "distribution", nameof(CesAccumulator));
        var scale = MetricsJson.Required(obj, "scale", nameof(CesAccumulator));
        if (scale.ValueKind == JsonValueKind.Null)
        {
            return counts.Length == 0 ? CesAccumulator.Empty : throw new JsonException("A CesAccumulator without a scale cannot hold counts.");
        }

        return CesAccumulator.FromCounts(CesScaleJsonConverter.Read(scale), counts);
    }

    public override void Write(Utf8JsonWriter writer, CesAccumulator value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("scale");
        CesScaleJsonConverter.WriteObject(writer, value.Scale);
        MetricsJson.WriteCounts(writer, "distribution", value.Distribution);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"resolvedOnFirstContact":412,"cases":500}</c>.</summary>
internal sealed class FirstContactResolutionAccumulatorJsonConverter : ValidatingConverter<FirstContactResolutionAccumulator>
{
    private const string Name = nameof(FirstContactResolutionAccumulator);

    protected override FirstContactResolutionAccumulator ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = MetricsJson.ReadObject(ref reader, Name, "resolvedOnFirstContact", "cases");
        return FirstContactResolutionAccumulator.FromCounts(MetricsJson.Int64(obj, "resolvedOnFirstContact", Name), MetricsJson.Int64(obj, "cases", Name));
    }

    public override void Write(Utf8JsonWriter writer, FirstContactResolutionAccumulator value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("resolvedOnFirstContact", value.ResolvedOnFirstContact);
        writer.WriteNumber("cases", value.Count);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"renewed":90,"due":100}</c>.</summary>
internal sealed class RenewalRateAccumulatorJsonConverter : ValidatingConverter<RenewalRateAccumulator>
{
    protected override RenewalRateAccumulator ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = MetricsJson.ReadObject(ref reader, nameof(RenewalRateAccumulator), "renewed", "due");
        return RenewalRateAccumulator.FromCounts(MetricsJson.Int64(obj, "renewed", nameof(RenewalRateAccumulator)), MetricsJson.Int64(obj, "due", nameof(RenewalRateAccumulator)));
    }

    public override void Write(Utf8JsonWriter writer, RenewalRateAccumulator value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("renewed", value.Renewed);
        writer.WriteNumber("due", value.Count);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"services":12,"customers":5}</c>.</summary>
internal sealed class ServicesPerCustomerAccumulatorJsonConverter : ValidatingConverter<ServicesPerCustomerAccumulator>
{
    private const string Name = nameof(ServicesPerCustomerAccumulator);

    protected override ServicesPerCustomerAccumulator ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = MetricsJson.ReadObject(ref reader, Name, "services", "customers");
        return ServicesPerCustomerAccumulator.FromCounts(MetricsJson.Int64(obj, "services", Name), MetricsJson.Int64(obj, "customers", Name));
    }

    public override void Write(Utf8JsonWriter writer, ServicesPerCustomerAccumulator value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("services", value.Services);
        writer.WriteNumber("customers", value.Count);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"start":200,"end":190,"acquired":30}</c>.</summary>
internal sealed class RetentionPeriodCountsJsonConverter : ValidatingConverter<RetentionPeriodCounts>
{
    protected override RetentionPeriodCounts ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        Read(MetricsJson.ReadObject(ref reader, nameof(RetentionPeriodCounts), "start", "end", "acquired"), nameof(RetentionPeriodCounts));

    public override void Write(Utf8JsonWriter writer, RetentionPeriodCounts value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        WriteMembers(writer, value);
        writer.WriteEndObject();
    }

    internal static RetentionPeriodCounts Read(JsonElement obj, string typeName) => RetentionPeriodCounts.Of(
        MetricsJson.Int64(obj, "start", typeName), MetricsJson.Int64(obj, "end", typeName), MetricsJson.Int64(obj, "acquired", typeName));

    internal static void WriteMembers(Utf8JsonWriter writer, RetentionPeriodCounts value)
    {
        writer.WriteNumber("start", value.Start);
        writer.WriteNumber("end", value.End);
        writer.WriteNumber("acquired", value.Acquired);
    }
}

/// <summary><c>{"start":200,"end":190,"acquired":30,"segments":3}</c>.</summary>
internal sealed class RetentionAccumulatorJsonConverter : ValidatingConverter<RetentionAccumulator>
{
    private const string Name = nameof(RetentionAccumulator);

    protected override RetentionAccumulator ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = MetricsJson.ReadObject(ref reader, Name, "start", "end", "acquired", "segments");
        return RetentionAccumulator.FromTotals(RetentionPeriodCountsJsonConverter.Read(obj, Name), MetricsJson.Int64(obj, "segments", Name));
    }

    public override void Write(Utf8JsonWriter writer, RetentionAccumulator value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        RetentionPeriodCountsJsonConverter.WriteMembers(writer, value.Totals);
        writer.WriteNumber("segments", value.Count);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"spend":{"amount":12000,"currency":"EUR"},"customersAcquired":40}</c>.</summary>
internal sealed class AcquisitionSpendJsonConverter : ValidatingConverter<AcquisitionSpend>
{
    private const string Name = nameof(AcquisitionSpend);

    protected override AcquisitionSpend ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = MetricsJson.ReadObject(ref reader, Name, "spend", "customersAcquired");
        return AcquisitionSpend.Of(MetricsJson.Money(MetricsJson.Required(obj, "spend", Name), "spend", Name), MetricsJson.Int64(obj, "customersAcquired", Name));
    }

    public override void Write(Utf8JsonWriter writer, AcquisitionSpend value, JsonSerializerOptions options)
    {
        if (value.IsDefault)
        {
            throw new JsonException("Cannot write an uninitialised default(AcquisitionSpend).");
        }

        writer.WriteStartObject();
        MetricsJson.WriteMoney(writer, "spend", value.Spend);
        writer.WriteNumber("customersAcquired", value.CustomersAcquired);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"totalSpend":{...}|null,"customersAcquired":40,"count":3}</c>.</summary>
internal sealed class AcquisitionCostAccumulatorJsonConverter : ValidatingConverter<AcquisitionCostAccumulator>
{
    private const string Name = nameof(AcquisitionCostAccumulator);

    protected override AcquisitionCostAccumulator ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = MetricsJson.ReadObject(ref reader, Name, "totalSpend", "customersAcquired", "count");
        return AcquisitionCostAccumulator.FromTotals(
            MetricsJson.OptionalMoney(obj, "totalSpend", Name), MetricsJson.Int64(obj, "customersAcquired", Name), MetricsJson.Int64(obj, "count", Name));
    }

    public override void Write(Utf8JsonWriter writer, AcquisitionCostAccumulator value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        MetricsJson.WriteMoney(writer, "totalSpend", value.TotalSpend);
        writer.WriteNumber("customersAcquired", value.CustomersAcquired);
        writer.WriteNumber("count", value.Count);
        writer.WriteEndObject();
    }
}
