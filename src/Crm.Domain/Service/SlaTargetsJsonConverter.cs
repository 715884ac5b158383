using System.Text.Json;
using Crm.Domain.Json;
using NodaTime;
using NodaTime.Text;

namespace Crm.Domain.Service;

/// <summary>Writes <see cref="SlaTargets"/> as <c>{"firstResponse":"0:04:00:00","resolution":"2:00:00:00"}</c> (NodaTime round-trip durations).</summary>
internal sealed class SlaTargetsJsonConverter : ValidatingConverter<SlaTargets>
{
    private static readonly JsonObjectShape Shape = new(nameof(SlaTargets), ["firstResponse", "resolution"]);

    protected override SlaTargets ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        Duration first = default, resolution = default;
        var members = Shape.Begin(ref reader);
        while (members.Next(ref reader))
        {
            var text = members.String(ref reader);
            var parsed = DurationPattern.Roundtrip.Parse(text);
            var value = parsed.Success ? parsed.Value : throw members.Invalid($"a duration (d:hh:mm:ss); it was '{text}'");
            switch (members.Member)
            {
                case 0: first = value; break;
                default: resolution = value; break;
            }
        }

        return SlaTargets.Of(first, resolution);
    }

    public override void Write(Utf8JsonWriter writer, SlaTargets value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("firstResponse", DurationPattern.Roundtrip.Format(value.FirstResponse));
        writer.WriteString("resolution", DurationPattern.Roundtrip.Format(value.Resolution));
        writer.WriteEndObject();
    }
}
