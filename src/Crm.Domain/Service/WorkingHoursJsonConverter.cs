using System.Text.Json;
using Crm.Domain.Json;
using NodaTime;
using NodaTime.Text;

namespace Crm.Domain.Service;

/// <summary>Writes <see cref="WorkingHours"/> as <c>{"day":"Monday","start":"09:00:00","end":"17:00:00"}</c> (end 00:00:00 = 24:00).</summary>
internal sealed class WorkingHoursJsonConverter : ValidatingConverter<WorkingHours>
{
    private static readonly JsonObjectShape Shape = new(nameof(WorkingHours), ["day", "start", "end"]);

    protected override WorkingHours ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var day = IsoDayOfWeek.None;
        LocalTime start = default, end = default;
        var members = Shape.Begin(ref reader);
        while (members.Next(ref reader))
        {
            switch (members.Member)
            {
                case 0: day = members.Enum<IsoDayOfWeek>(ref reader); break;
                case 1: start = Parse(ref reader, members); break;
                default: end = Parse(ref reader, members); break;
            }
        }

        return WorkingHours.Of(day, start, end);
    }

    public override void Write(Utf8JsonWriter writer, WorkingHours value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("day", value.Day.ToString());
        writer.WriteString("start", LocalTimePattern.ExtendedIso.Format(value.Start));
        writer.WriteString("end", LocalTimePattern.ExtendedIso.Format(value.End));
        writer.WriteEndObject();
    }

    private static LocalTime Parse(ref Utf8JsonReader reader, JsonObjectReader members)
    {
        var text = members.String(ref reader);
        return LocalTimePattern.ExtendedIso.Parse(text) is { Success: true } r ? r.Value : throw members.Invalid($"a time of day (HH:mm:ss); it was '{text}'");
    }
}
