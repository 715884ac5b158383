using System.Collections.Immutable;
using System.Text.Json;
using Crm.Domain.Json;

namespace Crm.Domain.Scoring;

/// <summary>Writes a <see cref="ScoreBreakdown"/> as <c>{"total":34,"contributions":[{"rule":"visits","weight":2,"points":7,"contribution":14}]}</c>.
/// Reading checks each contribution is weight × points and that the total is their sum (or a clamp of it).</summary>
internal sealed class ScoreBreakdownJsonConverter : ValidatingConverter<ScoreBreakdown>
{
    private static readonly JsonObjectShape Shape = new(nameof(ScoreBreakdown), ["total", "contributions"]);
    private static readonly JsonObjectShape ContributionShape = new(nameof(ScoreContribution), ["rule", "weight", "points", "contribution"]);

    protected override ScoreBreakdown ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        double total = 0;
        var parts = ImmutableArray<ScoreContribution>.Empty;
        var members = Shape.Begin(ref reader);
        while (members.Next(ref reader))
        {
            switch (members.Member)
            {
                case 0:
                    total = members.Double(ref reader);
                    break;
                default:
                    members.Expect(ref reader, JsonTokenType.StartArray, "an array of contributions");
                    var builder = ImmutableArray.CreateBuilder<ScoreContribution>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        builder.Add(ReadContribution(ref reader));
                    }

                    parts = builder.ToImmutable();
                    break;
            }
        }

        return ScoreBreakdown.Create(Score.Of(total), parts);
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
        string rule = "";
        double weight = 0, points = 0, contribution = 0;
        var members = ContributionShape.Begin(ref reader);
        while (members.Next(ref reader))
        {
            switch (members.Member)
            {
                case 0: rule = members.String(ref reader); break;
                case 1: weight = members.Double(ref reader); break;
                case 2: points = members.Double(ref reader); break;
                default: contribution = members.Double(ref reader); break;
            }
        }

        return new ScoreContribution(rule, weight, points, contribution);
    }
}
