using System.Text.Json;
using Crm.Domain.Json;

namespace Crm.Domain.Primitives;

/// <summary>Writes a <see cref="Probability"/> as a JSON number in [0, 1].</summary>
internal sealed class ProbabilityJsonConverter : ValidatingConverter<Probability>
{
    protected override Probability ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        Probability.Of(ReadDouble(ref reader));

    public override void Write(Utf8JsonWriter writer, Probability value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.Value);
}
