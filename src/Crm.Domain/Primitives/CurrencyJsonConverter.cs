using System.Text.Json;
using Crm.Domain.Json;

namespace Crm.Domain.Primitives;

/// <summary>Writes a <see cref="Currency"/> as its code, <c>"EUR"</c>; <c>default(Currency)</c> is not written (a <see cref="JsonException"/>).</summary>
internal sealed class CurrencyJsonConverter : ValidatingConverter<Currency>
{
    protected override Currency ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        Currency.Of(ReadString(ref reader));

    public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Writable(value).Code);
}
