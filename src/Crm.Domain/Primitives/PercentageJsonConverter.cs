using System.Text.Json;
using Crm.Domain.Json;

namespace Crm.Domain.Primitives;

/// <summary>Writes a <see cref="Percentage"/> as a JSON number of percent points.</summary>
internal sealed class PercentageJsonConverter : ValidatingConverter<Percentage>
{
    protected override Percentage ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        Percentage.Of(ReadDouble(ref reader));

    public override void Write(Utf8JsonWriter writer, Percentage value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.Points);
}
