using System.Text.Json;
using Crm.Domain.Primitives;

namespace Crm.Domain.Serialization.Converters;

/// <summary>Writes a <see cref="Ratio"/> as <c>{"numerator":412,"denominator":500}</c>; both members are required.</summary>
internal sealed class RatioJsonConverter : ValidatingConverter<Ratio>
{
    protected override Ratio ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        long? numerator = null;
        long? denominator = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            Expect(ref reader, JsonTokenType.PropertyName);
            var name = reader.GetString();
            reader.Read();
            Expect(ref reader, JsonTokenType.Number);
            if (string.Equals(name, "numerator", StringComparison.OrdinalIgnoreCase))
            {
                numerator = reader.GetInt64();
            }
            else if (string.Equals(name, "denominator", StringComparison.OrdinalIgnoreCase))
            {
                denominator = reader.GetInt64();
            }
            else
            {
                throw new JsonException($"Unknown member '{name}' in Ratio.");
            }
        }

        if (numerator is null || denominator is null)
        {
            throw new JsonException("Ratio needs both 'numerator' and 'denominator'.");
        }

        return Ratio.Of(numerator.Value, denominator.Value);
    }

    public override void Write(Utf8JsonWriter writer, Ratio value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("numerator", value.Numerator);
        writer.WriteNumber("denominator", value.Denominator);
        writer.WriteEndObject();
    }
}
