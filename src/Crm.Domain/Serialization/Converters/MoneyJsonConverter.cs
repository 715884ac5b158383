using System.Text.Json;
using Crm.Domain.Primitives;

namespace Crm.Domain.Serialization.Converters;

/// <summary>Writes <see cref="Money"/> as <c>{"amount":12.50,"currency":"EUR"}</c>; both members are required.</summary>
internal sealed class MoneyJsonConverter : ValidatingConverter<Money>
{
    protected override Money ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        decimal? amount = null;
        string? currency = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            Expect(ref reader, JsonTokenType.PropertyName);
            var name = reader.GetString();
            reader.Read();
            if (string.Equals(name, "amount", StringComparison.OrdinalIgnoreCase))
            {
                Expect(ref reader, JsonTokenType.Number);
                amount = reader.GetDecimal();
            }
            else if (string.Equals(name, "currency", StringComparison.OrdinalIgnoreCase))
            {
                currency = ReadString(ref reader);
            }
            else
            {
                throw new JsonException($"Unknown member '{name}' in Money.");
            }
        }

        if (amount is null || currency is null)
        {
            throw new JsonException("Money needs both 'amount' and 'currency'.");
        }

        return Money.Of(amount.Value, currency);
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("amount", value.Amount);
        writer.WriteString("currency", value.Currency.Code);
        writer.WriteEndObject();
    }
}
