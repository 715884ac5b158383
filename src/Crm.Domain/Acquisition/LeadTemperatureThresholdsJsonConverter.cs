using System.Text.Json;
using Crm.Domain.Json;

namespace Crm.Domain.Acquisition;

/// <summary>Writes <see cref="LeadTemperatureThresholds"/> as <c>{"warm":30,"hot":60}</c>; both are required.</summary>
internal sealed class LeadTemperatureThresholdsJsonConverter : ValidatingConverter<LeadTemperatureThresholds>
{
    private static readonly JsonObjectShape Shape = new(nameof(LeadTemperatureThresholds), ["warm", "hot"]);

    protected override LeadTemperatureThresholds ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        double warm = 0, hot = 0;
        var members = Shape.Begin(ref reader);
        while (members.Next(ref reader))
        {
            switch (members.Member)
            {
                case 0: warm = members.Double(ref reader); break;
                default: hot = members.Double(ref reader); break;
            }
        }

        return LeadTemperatureThresholds.Of(warm, hot);
    }

    public override void Write(Utf8JsonWriter writer, LeadTemperatureThresholds value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("warm", value.Warm);
        writer.WriteNumber("hot", value.Hot);
        writer.WriteEndObject();
    }
}
