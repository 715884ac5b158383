using System.Text.Json;
using Crm.Domain.Json;

namespace Crm.Domain.Scoring;

/// <summary>Writes a <see cref="Score"/> as a JSON number.</summary>
internal sealed class ScoreJsonConverter : ValidatingConverter<Score>
{
    protected override Score ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        Score.Of(ReadDouble(ref reader));

    public override void Write(Utf8JsonWriter writer, Score value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.Value);
}
