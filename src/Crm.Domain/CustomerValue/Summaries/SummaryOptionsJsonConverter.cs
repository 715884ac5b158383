using System.Text.Json;
using Crm.Domain.Serialization.Converters;
using NodaTime;
using NodaTime.Text;

namespace Crm.Domain.CustomerValue.Summaries;

/// <summary>Writes <see cref="SummaryOptions"/> as
/// <c>{"calibrationEnd":"1997-09-30","holdoutEnd":"1998-06-30","period":"Week","merging":"SameDay"}</c>
/// (<c>holdoutEnd</c> may be null or absent); read through <see cref="SummaryOptions.Create"/>.</summary>
internal sealed class SummaryOptionsJsonConverter : ValidatingConverter<SummaryOptions>
{
    protected override SummaryOptions ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        LocalDate? calibrationEnd = null, holdoutEnd = null;
        var period = SummaryPeriod.Week;
        var merging = TransactionMerging.SameDay;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name?.ToUpperInvariant())
            {
                case "CALIBRATIONEND":
                    calibrationEnd = ReadDate(ref reader);
                    break;
                case "HOLDOUTEND":
                    holdoutEnd = reader.TokenType == JsonTokenType.Null ? null : ReadDate(ref reader);
                    break;
                case "PERIOD":
                    period = ReadEnum<SummaryPeriod>(ref reader);
                    break;
                case "MERGING":
                    merging = ReadEnum<TransactionMerging>(ref reader);
                    break;
                default:
                    throw new JsonException($"Unknown member '{name}' in SummaryOptions.");
            }
        }

        return calibrationEnd is { } end
            ? SummaryOptions.Create(end, holdoutEnd, period, merging)
            : throw new JsonException("SummaryOptions needs 'calibrationEnd'.");
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

    private static LocalDate ReadDate(ref Utf8JsonReader reader)
    {
        var result = LocalDatePattern.Iso.Parse(ReadString(ref reader));
        return result.Success ? result.Value : throw new JsonException($"Invalid ISO date in SummaryOptions: {result.Exception.Message}");
    }

    private static TEnum ReadEnum<TEnum>(ref Utf8JsonReader reader)
        where TEnum : struct, Enum
    {
        var text = ReadString(ref reader);
        return Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _)
            ? value
            : throw new JsonException($"'{text}' is not a {typeof(TEnum).Name}.");
    }
}
