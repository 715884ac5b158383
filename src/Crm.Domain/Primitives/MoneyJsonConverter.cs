using System.Text.Json;
using Crm.Domain.Json;

namespace Crm.Domain.Primitives;

/// <summary>Writes <see cref="Money"/> as <c>{"amount":12.50,"currency":"EUR"}</c>; both members are required;
/// <c>default(Money)</c> (no currency) is not written (a <see cref="JsonException"/>), as it could not be read back.</summary>
internal sealed class MoneyJsonConverter : ValidatingConverter<Money>
{
    private static readonly JsonObjectShape Shape = new(nameof(Money), ["amount", "currency"]);

    protected override Money ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        decimal amount = 0;
        string currency = "";
        var members = Shape.Begin(ref reader);
        while (members.Next(ref reader))
        {
            switch (members.Member)
            {
                case 0: amount = members.Decimal(ref reader); break;
                default: currency = members.String(ref reader); break;
            }
        }

        return Money.Of(amount, currency);
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        Writable(value);
        writer.WriteStartObject();
        writer.WriteNumber("amount", value.Amount);
        writer.WriteString("currency", value.Currency.Code);
        writer.WriteEndObject();
    }
}
