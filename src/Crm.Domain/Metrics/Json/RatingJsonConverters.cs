using System.Text.Json;
using Crm.Domain.Json;
using Crm.Domain.Metrics.Ratings;

namespace Crm.Domain.Metrics.Json;

/// <summary>Writes an <see cref="NpsRating"/> as its score, a JSON number 0–10; reading validates it.</summary>
internal sealed class NpsRatingJsonConverter : ValidatingConverter<NpsRating>
{
    protected override NpsRating ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        NpsRating.Of(MetricsJson.Int32Value(ref reader, nameof(NpsRating)));

    public override void Write(Utf8JsonWriter writer, NpsRating value, JsonSerializerOptions options)
    {
        if (value.IsDefault)
        {
            throw new JsonException("Cannot write an uninitialised default(NpsRating): it is not a score.");
        }

        writer.WriteNumberValue(value.Score);
    }
}

/// <summary>Writes a <see cref="CsatRating"/> as its score, a JSON number 1–5; reading validates it.</summary>
internal sealed class CsatRatingJsonConverter : ValidatingConverter<CsatRating>
{
    protected override CsatRating ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        CsatRating.Of(MetricsJson.Int32Value(ref reader, nameof(CsatRating)));

    public override void Write(Utf8JsonWriter writer, CsatRating value, JsonSerializerOptions options)
    {
        if (value.IsDefault)
        {
            throw new JsonException("Cannot write an uninitialised default(CsatRating): it is not a score.");
        }

        writer.WriteNumberValue(value.Score);
    }
}

/// <summary>Writes a <see cref="CesRating"/> as its answer, a JSON number 0–10 (the widest range a scale may have; the
/// scale itself is checked by the accumulator that takes the rating).</summary>
internal sealed class CesRatingJsonConverter : ValidatingConverter<CesRating>
{
    protected override CesRating ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        CesRating.OfAnyScale(MetricsJson.Int32Value(ref reader, nameof(CesRating)));

    public override void Write(Utf8JsonWriter writer, CesRating value, JsonSerializerOptions options)
    {
        if (value.IsDefault)
        {
            throw new JsonException("Cannot write an uninitialised default(CesRating): it is not an answer.");
        }

        writer.WriteNumberValue(value.Answer);
    }
}

/// <summary>Writes a <see cref="CesScale"/> as <c>{"min":1,"max":7,"direction":"HigherIsEasier"}</c>; reading
/// validates it through <see cref="CesScale.Of"/>.</summary>
internal sealed class CesScaleJsonConverter : ValidatingConverter<CesScale>
{
    protected override CesScale ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        Read(MetricsJson.ReadObject(ref reader, nameof(CesScale), "min", "max", "direction"));

    public override void Write(Utf8JsonWriter writer, CesScale value, JsonSerializerOptions options)
    {
        if (value.IsDefault)
        {
            throw new JsonException("Cannot write an uninitialised default(CesScale): it is not a scale.");
        }

        WriteObject(writer, value);
    }

    internal static CesScale Read(JsonElement obj)
    {
        var min = MetricsJson.Int64(obj, "min", nameof(CesScale));
        var max = MetricsJson.Int64(obj, "max", nameof(CesScale));
        var direction = MetricsJson.Required(obj, "direction", nameof(CesScale));
        var text = direction.ValueKind == JsonValueKind.String ? direction.GetString() : null;
        var parsed = string.Equals(text, nameof(CesDirection.HigherIsEasier), StringComparison.OrdinalIgnoreCase) ? CesDirection.HigherIsEasier
            : string.Equals(text, nameof(CesDirection.LowerIsEasier), StringComparison.OrdinalIgnoreCase) ? CesDirection.LowerIsEasier
            : throw new JsonException($"'direction' of CesScale must be \"HigherIsEasier\" or \"LowerIsEasier\"; it was {direction}.");
        if (min is < int.MinValue or > int.MaxValue || max is < int.MinValue or > int.MaxValue)
        {
            throw new JsonException($"CesScale min and max must be in [0, 10]; they were {min} and {max}.");
        }

        return CesScale.Of((int)min, (int)max, parsed);
    }

    /// <summary>Writes the scale, or JSON null for <c>default</c> (the scale of an empty accumulator).</summary>
    internal static void WriteObject(Utf8JsonWriter writer, CesScale value)
    {
        if (value.IsDefault)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteNumber("min", value.Min);
        writer.WriteNumber("max", value.Max);
        writer.WriteString("direction", value.Direction.ToString());
        writer.WriteEndObject();
    }
}
