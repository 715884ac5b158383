using System.Text.Json;
using Crm.Domain.Acquisition;

namespace Crm.Domain.Serialization.Converters;

/// <summary>Writes <see cref="LeadTemperatureThresholds"/> as <c>{"warm":30,"hot":60}</c>; both are required.</summary>
internal sealed class LeadTemperatureThresholdsJsonConverter : ValidatingConverter<LeadTemperatureThresholds>
{
    protected override LeadTemperatureThresholds ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        double? warm = null, hot = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            Expect(ref reader, JsonTokenType.PropertyName);
            var name = reader.GetString();
            reader.Read();
            var value = ReadDouble(ref reader);
            switch (name?.ToUpperInvariant())
            {
                case "WARM": warm = value; break;
                case "HOT": hot = value; break;
                default: throw new JsonException($"Unknown member '{name}' in LeadTemperatureThresholds.");
            }
        }

        if (warm is null || hot is null)
        {
            throw new JsonException("LeadTemperatureThresholds needs 'warm' and 'hot'.");
        }

        return LeadTemperatureThresholds.Of(warm.Value, hot.Value);
    }

    public override void Write(Utf8JsonWriter writer, LeadTemperatureThresholds value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("warm", value.Warm);
        writer.WriteNumber("hot", value.Hot);
        writer.WriteEndObject();
    }
}
