using System.Text.Json;
using Crm.Domain.Json;

namespace Crm.Domain.Competencies.Json;

/// <summary>Writes a <see cref="MaturityLevel"/> as its number 1–5; reads the number or the name ("managed").</summary>
internal sealed class MaturityLevelJsonConverter : ValidatingConverter<MaturityLevel>
{
    protected override MaturityLevel ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number when reader.TryGetInt32(out var value) => MaturityLevel.Of(value),
            JsonTokenType.Number => throw new JsonException("A maturity level must be a whole number 1-5."),
            _ => MaturityLevel.Parse(ReadString(ref reader)),
        };

    public override void Write(Utf8JsonWriter writer, MaturityLevel value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.Value);
}
