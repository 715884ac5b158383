using System.Text.Json;
using Crm.Domain.Json;

namespace Crm.Domain.Metrics.Json;

// The observations of the metrics accumulators that have a JSON shape of their own. The accumulators themselves are
// written as their state records by AccumulatorStateJsonConverter.

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
