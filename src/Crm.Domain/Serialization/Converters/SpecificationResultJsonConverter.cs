using System.Text.Json;
using Crm.Domain.Specifications;

namespace Crm.Domain.Serialization.Converters;

/// <summary>Writes a <see cref="SpecificationResult"/> tree as <c>{"name":"A AND B","isSatisfied":false,"parts":[...]}</c>.
/// Reading goes through the validating factories (a blank name is refused).</summary>
internal sealed class SpecificationResultJsonConverter : ValidatingConverter<SpecificationResult>
{
    private const int MaxDepth = 64;

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

        Expect(ref reader, JsonTokenType.StartObject);
        string? name = null;
        bool? satisfied = null;
        var parts = new List<SpecificationResult>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            Expect(ref reader, JsonTokenType.PropertyName);
            var member = reader.GetString();
            reader.Read();
            switch (member?.ToUpperInvariant())
            {
                case "NAME":
                    name = ReadString(ref reader);
                    break;
                case "ISSATISFIED":
                    satisfied = reader.TokenType switch
                    {
                        JsonTokenType.True => true,
                        JsonTokenType.False => false,
                        _ => throw new JsonException($"Expected true or false for 'isSatisfied', found {reader.TokenType}."),
                    };
                    break;
                case "PARTS":
                    Expect(ref reader, JsonTokenType.StartArray);
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        parts.Add(ReadNode(ref reader, depth + 1));
                    }

                    break;
                default:
                    throw new JsonException($"Unknown member '{member}' in a specification result.");
            }
        }

        if (name is null || satisfied is null)
        {
            throw new JsonException("A specification result needs 'name' and 'isSatisfied'.");
        }

        return parts.Count == 0
            ? SpecificationResult.Leaf(name, satisfied.Value)
            : SpecificationResult.Composite(name, satisfied.Value, parts);
    }
}
