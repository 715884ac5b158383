using System.Text.Json;
using Crm.Domain.Json;

namespace Crm.Domain.CustomerValue.Rfm;

/// <summary>Writes an <see cref="RfmScore"/> as <c>{"recency":5,"frequency":4,"monetary":3,"bins":5}</c>; all members
/// are required and validated by <see cref="RfmScore.Create"/>.</summary>
internal sealed class RfmScoreJsonConverter : ValidatingConverter<RfmScore>
{
    private static readonly JsonObjectShape Shape = new(nameof(RfmScore), ["recency", "frequency", "monetary", "bins"]);

    protected override RfmScore ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var values = new int[4];
        var members = Shape.Begin(ref reader);
        while (members.Next(ref reader))
        {
            values[members.Member] = members.Int32(ref reader);
        }

        return RfmScore.Create(values[0], values[1], values[2], values[3]);
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
    private static readonly JsonObjectShape Shape = new(nameof(RfmObservation), ["recency", "frequency", "monetary"]);

    protected override RfmObservation ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var values = new double[3];
        var members = Shape.Begin(ref reader);
        while (members.Next(ref reader))
        {
            values[members.Member] = members.Double(ref reader);
        }

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
