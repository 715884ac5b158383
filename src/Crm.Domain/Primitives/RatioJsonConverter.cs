using System.Text.Json;
using Crm.Domain.Json;

namespace Crm.Domain.Primitives;

/// <summary>Writes a <see cref="Ratio"/> as <c>{"numerator":412,"denominator":500}</c>; both members are required.</summary>
internal sealed class RatioJsonConverter : ValidatingConverter<Ratio>
{
    private static readonly JsonObjectShape Shape = new(nameof(Ratio), ["numerator", "denominator"]);

    protected override Ratio ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        long numerator = 0, denominator = 0;
        var members = Shape.Begin(ref reader);
        while (members.Next(ref reader))
        {
            switch (members.Member)
            {
                case 0: numerator = members.Int64(ref reader); break;
                default: denominator = members.Int64(ref reader); break;
            }
        }

        return Ratio.Of(numerator, denominator);
    }

    public override void Write(Utf8JsonWriter writer, Ratio value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("numerator", value.Numerator);
        writer.WriteNumber("denominator", value.Denominator);
        writer.WriteEndObject();
    }
}
