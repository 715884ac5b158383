using System.Text.Json;
using Crm.Domain.Json;

namespace Crm.Domain.Specifications;

/// <summary>Writes a <see cref="SpecificationResult"/> tree as <c>{"name":"A AND B","isSatisfied":false,"parts":[...]}</c>.
/// Reading goes through the validating factories (a blank name is refused).</summary>
internal sealed class SpecificationResultJsonConverter : ValidatingConverter<SpecificationResult>
{
    private const int MaxDepth = 64;
    private static readonly JsonObjectShape Shape = new(nameof(SpecificationResult), ["name", "isSatisfied"], "parts");

    protected override SpecificationResult ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        ReadNode(ref reader, 0);

    public override void Write(Utf8JsonWriter writer, SpecificationResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        writer.WriteBoolean("isSatisfied", value.IsSatisfied);
        writer.WriteStartArray("parts");
        foreach (var part in value.Parts)
        {
            Write(writer, part, options);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static SpecificationResult ReadNode(ref Utf8JsonReader reader, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new JsonException($"A specification result nests deeper than {MaxDepth} levels.");
        }

        string name = "";
        bool satisfied = false;
        var parts = new List<SpecificationResult>();
        var members = Shape.Begin(ref reader);
        while (members.Next(ref reader))
        {
            switch (members.Member)
            {
                case 0:
                    name = members.String(ref reader);
                    break;
                case 1:
                    satisfied = members.Boolean(ref reader);
                    break;
                default:
                    members.Expect(ref reader, JsonTokenType.StartArray, "an array of specification results");
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        parts.Add(ReadNode(ref reader, depth + 1));
                    }

                    break;
            }
        }

        return parts.Count == 0
            ? SpecificationResult.Leaf(name, satisfied)
            : SpecificationResult.Composite(name, satisfied, parts);
    }
}
