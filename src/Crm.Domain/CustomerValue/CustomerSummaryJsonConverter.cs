using System.Text.Json;
using Crm.Domain.Json;

namespace Crm.Domain.CustomerValue;

/// <summary>Writes a <see cref="CustomerSummary"/> as <c>{"frequency":2,"recency":30.43,"age":38.86,"monetaryValue":22.35}</c>;
/// reading goes through <see cref="CustomerSummary.Create"/>, so t_x &gt; T or x = 0 with t_x &gt; 0 is refused.</summary>
internal sealed class CustomerSummaryJsonConverter : ValidatingConverter<CustomerSummary>
{
    private static readonly JsonObjectShape Shape = new(nameof(CustomerSummary), ["frequency", "recency", "age"], "monetaryValue");

    protected override CustomerSummary ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        int frequency = 0;
        double recency = 0, age = 0, monetary = 0;
        var members = Shape.Begin(ref reader);
        while (members.Next(ref reader))
        {
            switch (members.Member)
            {
                case 0: frequency = members.Int32(ref reader); break;
                case 1: recency = members.Double(ref reader); break;
                case 2: age = members.Double(ref reader); break;
                default: monetary = members.Double(ref reader); break;
            }
        }

        return CustomerSummary.Create(frequency, recency, age, monetary);
    }

    public override void Write(Utf8JsonWriter writer, CustomerSummary value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("frequency", value.Frequency);
        writer.WriteNumber("recency", value.Recency);
        writer.WriteNumber("age", value.Age);
        writer.WriteNumber("monetaryValue", value.MonetaryValue);
        writer.WriteEndObject();
    }
}
