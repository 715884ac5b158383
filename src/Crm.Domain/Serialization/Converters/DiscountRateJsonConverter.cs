using System.Text.Json;
using Crm.Domain.CustomerValue.Models.Clv;

namespace Crm.Domain.Serialization.Converters;

/// <summary>Writes a <see cref="DiscountRate"/> as <c>{"rate":0.15,"period":"Year"}</c>; reading validates.</summary>
internal sealed class DiscountRateJsonConverter : ValidatingConverter<DiscountRate>
{
    protected override DiscountRate ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        double? rate = null;
        RatePeriod? period = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            Expect(ref reader, JsonTokenType.PropertyName);
            string name = reader.GetString()!;
            reader.Read();
            if (string.Equals(name, "rate", StringComparison.OrdinalIgnoreCase))
            {
                rate = ReadDouble(ref reader);
            }
            else if (string.Equals(name, "period", StringComparison.OrdinalIgnoreCase))
            {
                period = Enum.TryParse<RatePeriod>(ReadString(ref reader), ignoreCase: false, out var p) && Enum.IsDefined(p)
                    ? p
                    : throw new JsonException("Invalid DiscountRate: period must be Day, Week, Month or Year.");
            }
            else
            {
                reader.Skip();
            }
        }

        return rate is { } r && period is { } q
            ? DiscountRate.Of(r, q)
            : throw new JsonException("Invalid DiscountRate: both rate and period are required.");
    }

    public override void Write(Utf8JsonWriter writer, DiscountRate value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("rate", value.Rate);
        writer.WriteString("period", value.Period.ToString());
        writer.WriteEndObject();
    }
}
