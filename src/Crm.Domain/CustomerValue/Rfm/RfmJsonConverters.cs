using System.Text.Json;
using Crm.Domain.Serialization.Converters;

namespace Crm.Domain.CustomerValue.Rfm;

/// <summary>Writes an <see cref="RfmScore"/> as <c>{"recency":5,"frequency":4,"monetary":3,"bins":5}</c>; all members
/// are required and validated by <see cref="RfmScore.Create"/>.</summary>
internal sealed class RfmScoreJsonConverter : ValidatingConverter<RfmScore>
{
    protected override RfmScore ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var values = RfmJson.ReadNumbers(ref reader, "RfmScore", ["recency", "frequency", "monetary", "bins"]);
        return RfmScore.Create(RfmJson.ToInt(values[0], "recency"), RfmJson.ToInt(values[1], "frequency"), RfmJson.ToInt(values[2], "monetary"), RfmJson.ToInt(values[3], "bins"));
    }

    public override void Write(Utf8JsonWriter writer, RfmScore value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("recency", value.Recency);
        writer.WriteNumber("frequency", value.Frequency);
        writer.WriteNumber("monetary", value.Monetary);
        writer.WriteNumber("bins", value.Bins);
        writer.WriteEndObject();
    }
}

/// <summary>Writes an <see cref="RfmObservation"/> as <c>{"recency":..,"frequency":..,"monetary":..}</c>; all members
/// are required and validated by <see cref="RfmObservation.Create"/>.</summary>
internal sealed class RfmObservationJsonConverter : ValidatingConverter<RfmObservation>
{
    protected override RfmObservation ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var values = RfmJson.ReadNumbers(ref reader, "RfmObservation", ["recency", "frequency", "monetary"]);
        return RfmObservation.Create(values[0], values[1], values[2]);
    }

    public override void Write(Utf8JsonWriter writer, RfmObservation value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("recency", value.Recency);
        writer.WriteNumber("frequency", value.Frequency);
        writer.WriteNumber("monetary", value.Monetary);
        writer.WriteEndObject();
    }
}

/// <summary>Reading helpers of the RFM converters.</summary>
internal static class RfmJson
{
    /// <summary>Reads an object whose members are exactly the given numbers (case-insensitive), in any order.</summary>
    public static double[] ReadNumbers(ref Utf8JsonReader reader, string type, string[] names)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object for {type}, found {reader.TokenType}.");
        }

        var values = new double?[names.Length];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            var index = Array.FindIndex(names, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                throw new JsonException($"Unknown member '{name}' in {type}.");
            }

            if (reader.TokenType != JsonTokenType.Number)
            {
                throw new JsonException($"Expected a number for '{names[index]}' in {type}, found {reader.TokenType}.");
            }

            values[index] = reader.GetDouble();
        }

        var missing = Array.FindIndex(values, v => v is null);
        if (missing >= 0)
        {
            throw new JsonException($"{type} needs '{names[missing]}'.");
        }

        return values.Select(v => v!.Value).ToArray();
    }

    public static int ToInt(double value, string name) =>
        value == Math.Floor(value) && value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw new JsonException($"'{name}' must be an integer; it was {value}.");
}
