using System.Text.Json;
using Crm.Domain.Service;
using NodaTime;
using NodaTime.Text;

namespace Crm.Domain.Serialization.Converters;

/// <summary>Writes <see cref="WorkingHours"/> as <c>{"day":"Monday","start":"09:00:00","end":"17:00:00"}</c> (end 00:00:00 = 24:00).</summary>
internal sealed class WorkingHoursJsonConverter : ValidatingConverter<WorkingHours>
{
    protected override WorkingHours ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        string? day = null, start = null, end = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            Expect(ref reader, JsonTokenType.PropertyName);
            var name = reader.GetString();
            reader.Read();
            var value = ReadString(ref reader);
            switch (name?.ToUpperInvariant())
            {
                case "DAY": day = value; break;
                case "START": start = value; break;
                case "END": end = value; break;
                default: throw new JsonException($"Unknown member '{name}' in WorkingHours.");
            }
        }

        if (day is null || start is null || end is null || !Enum.TryParse<IsoDayOfWeek>(day, ignoreCase: false, out var d))
        {
            throw new JsonException("WorkingHours needs 'day' (Monday..Sunday), 'start' and 'end'.");
        }

        return WorkingHours.Of(d, Parse(start), Parse(end));
    }

    public override void Write(Utf8JsonWriter writer, WorkingHours value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("day", value.Day.ToString());
        writer.WriteString("start", LocalTimePattern.ExtendedIso.Format(value.Start));
        writer.WriteString("end", LocalTimePattern.ExtendedIso.Format(value.End));
        writer.WriteEndObject();
    }

    private static LocalTime Parse(string text) =>
        LocalTimePattern.ExtendedIso.Parse(text) is { Success: true } r ? r.Value : throw new JsonException($"'{text}' is not a time of day (HH:mm:ss).");
}
