using System.Text.Json;
using Crm.Domain.Service;
using NodaTime;
using NodaTime.Text;

namespace Crm.Domain.Serialization.Converters;

/// <summary>Writes <see cref="SlaTargets"/> as <c>{"firstResponse":"0:04:00:00","resolution":"2:00:00:00"}</c> (NodaTime round-trip durations).</summary>
internal sealed class SlaTargetsJsonConverter : ValidatingConverter<SlaTargets>
{
    protected override SlaTargets ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        Duration? first = null, resolution = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            Expect(ref reader, JsonTokenType.PropertyName);
            var name = reader.GetString();
            reader.Read();
            var text = ReadString(ref reader);
            var parsed = DurationPattern.Roundtrip.Parse(text);
            if (!parsed.Success)
            {
                throw new JsonException($"'{text}' is not a duration (d:hh:mm:ss).");
            }

            switch (name?.ToUpperInvariant())
            {
                case "FIRSTRESPONSE": first = parsed.Value; break;
                case "RESOLUTION": resolution = parsed.Value; break;
                default: throw new JsonException($"Unknown member '{name}' in SlaTargets.");
            }
        }

        if (first is null || resolution is null)
        {
            throw new JsonException("SlaTargets needs 'firstResponse' and 'resolution'.");
        }

        return SlaTargets.Of(first.Value, resolution.Value);
    }

    public override void Write(Utf8JsonWriter writer, SlaTargets value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("firstResponse", DurationPattern.Roundtrip.Format(value.FirstResponse));
        writer.WriteString("resolution", DurationPattern.Roundtrip.Format(value.Resolution));
        writer.WriteEndObject();
    }
}
