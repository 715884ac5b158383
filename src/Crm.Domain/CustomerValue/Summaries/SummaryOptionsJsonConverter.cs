using System.Text.Json;
using Crm.Domain.Json;
using NodaTime.Text;
using NodaTime;

namespace Crm.Domain.CustomerValue.Summaries;

/// <summary>Writes <see cref="SummaryOptions"/> as
/// <c>{"calibrationEnd":"1997-09-30","holdoutEnd":"1998-06-30","period":"Week","merging":"SameDay"}</c>
/// (<c>holdoutEnd</c> may be null or absent); read through <see cref="SummaryOptions.Create"/>.</summary>
internal sealed class SummaryOptionsJsonConverter : ValidatingConverter<SummaryOptions>
{
    private static readonly JsonObjectShape Shape = new(nameof(SummaryOptions), ["calibrationEnd"], "holdoutEnd", "period", "merging");

    protected override SummaryOptions ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        LocalDate calibrationEnd = default;
        LocalDate? holdoutEnd = null;
        var period = SummaryPeriod.Week;
        var merging = TransactionMerging.SameDay;
        var members = Shape.Begin(ref reader);
        while (members.Next(ref reader))
        {
            switch (members.Member)
            {
                case 0:
                    calibrationEnd = ReadDate(ref reader, members);
                    break;
                case 1:
                    holdoutEnd = reader.TokenType == JsonTokenType.Null ? null : ReadDate(ref reader, members);
                    break;
                case 2:
                    period = members.Enum<SummaryPeriod>(ref reader, ignoreCase: true);
                    break;
                default:
                    merging = members.Enum<TransactionMerging>(ref reader, ignoreCase: true);
                    break;
            }
        }

        return SummaryOptions.Create(calibrationEnd, holdoutEnd, period, merging);
    }

    public override void Write(Utf8JsonWriter writer, SummaryOptions value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("calibrationEnd", LocalDatePattern.Iso.Format(value.CalibrationEnd));
        if (value.HoldoutEnd is { } holdout)
        {
            writer.WriteString("holdoutEnd", LocalDatePattern.Iso.Format(holdout));
        }
        else
        {
            writer.WriteNull("holdoutEnd");
        }

        writer.WriteString("period", value.Period.ToString());
        writer.WriteString("merging", value.Merging.ToString());
        writer.WriteEndObject();
    }

    private static LocalDate ReadDate(ref Utf8JsonReader reader, JsonObjectReader members)
    {
        var result = LocalDatePattern.Iso.Parse(members.String(ref reader));
        return result.Success ? result.Value : throw members.Invalid($"an ISO date (uuuu-MM-dd): {result.Exception.Message}");
    }
}
