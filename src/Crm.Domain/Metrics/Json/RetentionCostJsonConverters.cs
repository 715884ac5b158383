using System.Text.Json;
using Crm.Domain.Json;

namespace Crm.Domain.Metrics.Json;

/// <summary><c>{"spend":{"amount":3000,"currency":"EUR"},"customersRetained":40}</c>.</summary>
internal sealed class RetentionSpendJsonConverter : ValidatingConverter<RetentionSpend>
{
    private const string Name = nameof(RetentionSpend);

    protected override RetentionSpend ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = MetricsJson.ReadObject(ref reader, Name, "spend", "customersRetained");
        return RetentionSpend.Of(MetricsJson.Money(MetricsJson.Required(obj, "spend", Name), "spend", Name), MetricsJson.Int64(obj, "customersRetained", Name));
    }

    public override void Write(Utf8JsonWriter writer, RetentionSpend value, JsonSerializerOptions options)
    {
        if (value.IsDefault)
        {
            throw new JsonException("Cannot write an uninitialised default(RetentionSpend).");
        }

        writer.WriteStartObject();
        MetricsJson.WriteMoney(writer, "spend", value.Spend);
        writer.WriteNumber("customersRetained", value.CustomersRetained);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"totalSpend":{...}|null,"customersRetained":40,"costPerCustomer":{...}|null}</c>; reading rebuilds the
/// result from the sums alone (the derived cost is ignored).</summary>
internal sealed class RetentionCostResultJsonConverter : ValidatingConverter<RetentionCostResult>
{
    private const string Name = nameof(RetentionCostResult);

    protected override RetentionCostResult ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = MetricsJson.ReadObject(ref reader, Name, "totalSpend", "customersRetained", "costPerCustomer");
        var spend = MetricsJson.OptionalMoney(obj, "totalSpend", Name);
        var customers = MetricsJson.Int64(obj, "customersRetained", Name);
        return RetentionCostAccumulator.FromState(new RetentionCostAccumulatorState(spend, customers, spend is null ? 0 : 1)).Result;
    }

    public override void Write(Utf8JsonWriter writer, RetentionCostResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        MetricsJson.WriteMoney(writer, "totalSpend", value.TotalSpend);
        writer.WriteNumber("customersRetained", value.CustomersRetained);
        MetricsJson.WriteMoney(writer, "costPerCustomer", value.CostPerCustomer);
        writer.WriteEndObject();
    }
}
