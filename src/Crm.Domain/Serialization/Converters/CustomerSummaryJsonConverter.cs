using System.Text.Json;
using Crm.Domain.CustomerValue;

namespace Crm.Domain.Serialization.Converters;

/// <summary>Writes a <see cref="CustomerSummary"/> as <c>{"frequency":2,"recency":30.43,"age":38.86,"monetaryValue":22.35}</c>;
/// reading goes through <see cref="CustomerSummary.Create"/>, so t_x &gt; T or x = 0 with t_x &gt; 0 is refused.</summary>
internal sealed class CustomerSummaryJsonConverter : ValidatingConverter<CustomerSummary>
{
    protected override CustomerSummary ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        int? frequency = null;
        double? recency = null, age = null, monetary = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            Expect(ref reader, JsonTokenType.PropertyName);
            var name = reader.GetString();
            reader.Read();
            switch (name?.ToUpperInvariant())
            {
                case "FREQUENCY":
                    Expect(ref reader, JsonTokenType.Number);
                    frequency = reader.GetInt32();
                    break;
                case "RECENCY": recency = ReadDouble(ref reader); break;
                case "AGE": age = ReadDouble(ref reader); break;
                case "MONETARYVALUE": monetary = ReadDouble(ref reader); break;
                default: throw new JsonException($"Unknown member '{name}' in CustomerSummary.");
            }
        }

        if (frequency is null || recency is null || age is null)
        {
            throw new JsonException("CustomerSummary needs 'frequency', 'recency' and 'age'.");
        }

        return CustomerSummary.Create(frequency.Value, recency.Value, age.Value, monetary ?? 0d);
    }

    public override void Write(Utf8JsonWriter writer, CustomerSummary value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("frequency", value.Frequency);
        writer.WriteNumber("recency", value.Recency);
        writer.WriteNumber("age", value.Age);
        writer.WriteNumber("monetaryValue", value.MonetaryValue);
        writer.WriteEndObject();
    }
}
