using System.Text.Json;
using Crm.Domain.Json;

namespace Crm.Domain.CustomerValue.Models.Clv;

/// <summary>Writes a <see cref="DiscountRate"/> as <c>{"rate":0.15,"period":"Year"}</c>; reading validates.</summary>
internal sealed class DiscountRateJsonConverter : ValidatingConverter<DiscountRate>
{
    private static readonly JsonObjectShape Shape = new(nameof(DiscountRate), ["rate", "period"]);

    protected override DiscountRate ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        double rate = 0;
        var period = RatePeriod.Year;
        var members = Shape.Begin(ref reader);
        while (members.Next(ref reader))
        {
            switch (members.Member)
            {
                case 0: rate = members.Double(ref reader); break;
                default: period = members.Enum<RatePeriod>(ref reader); break;
            }
        }

        return DiscountRate.Of(rate, period);
    }

    public override void Write(Utf8JsonWriter writer, DiscountRate value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("rate", value.Rate);
        writer.WriteString("period", value.Period.ToString());
        writer.WriteEndObject();
    }
}
