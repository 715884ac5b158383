using System.Collections.Immutable;
using System.Text.Json;
using Crm.Domain.Scoring;

namespace Crm.Domain.Serialization.Converters;

/// <summary>Writes a <see cref="ScoreBreakdown"/> as <c>{"total":34,"contributions":[{"rule":"visits","weight":2,"points":7,"contribution":14}]}</c>.
/// Reading checks each contribution is weight × points and that the total is their sum (or a clamp of it).</summary>
internal sealed class ScoreBreakdownJsonConverter : ValidatingConverter<ScoreBreakdown>
{
    protected override ScoreBreakdown ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        double? total = null;
        ImmutableArray<ScoreContribution>.Builder? parts = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            Expect(ref reader, JsonTokenType.PropertyName);
            var name = reader.GetString();
            reader.Read();
            if (string.Equals(name, "total", StringComparison.OrdinalIgnoreCase))
            {
                total = ReadDouble(ref reader);
            }
            else if (string.Equals(name, "contributions", StringComparison.OrdinalIgnoreCase))
            {
                Expect(ref reader, JsonTokenType.StartArray);
                parts = ImmutableArray.CreateBuilder<ScoreContribution>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    parts.Add(ReadContribution(ref reader));
                }
            }
            else
            {
                throw new JsonException($"Unknown member '{name}' in ScoreBreakdown.");
            }
        }

        if (total is null || parts is null)
        {
            throw new JsonException("ScoreBreakdown needs 'total' and 'contributions'.");
        }

        return ScoreBreakdown.Create(Score.Of(total.Value), parts.ToImmutable());
    }

    public override void Write(Utf8JsonWriter writer, ScoreBreakdown value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("total", value.Total.Value);
        writer.WriteStartArray("contributions");
        foreach (var c in value.Contributions)
        {
            writer.WriteStartObject();
            writer.WriteString("rule", c.Rule);
            writer.WriteNumber("weight", c.Weight);
            writer.WriteNumber("points", c.Points);
            writer.WriteNumber("contribution", c.Contribution);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static ScoreContribution ReadContribution(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        string? rule = null;
        double? weight = null, points = null, contribution = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            Expect(ref reader, JsonTokenType.PropertyName);
            var name = reader.GetString();
            reader.Read();
            switch (name?.ToUpperInvariant())
            {
                case "RULE": rule = ReadString(ref reader); break;
                case "WEIGHT": weight = ReadDouble(ref reader); break;
                case "POINTS": points = ReadDouble(ref reader); break;
                case "CONTRIBUTION": contribution = ReadDouble(ref reader); break;
                default: throw new JsonException($"Unknown member '{name}' in a score contribution.");
            }
        }

        if (rule is null || weight is null || points is null || contribution is null)
        {
            throw new JsonException("A score contribution needs 'rule', 'weight', 'points' and 'contribution'.");
        }

        return new ScoreContribution(rule, weight.Value, points.Value, contribution.Value);
    }
}
