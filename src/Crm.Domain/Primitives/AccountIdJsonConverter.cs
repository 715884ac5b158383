using System.Text.Json;
using Crm.Domain.Json;

namespace Crm.Domain.Primitives;

/// <summary>Writes an <see cref="AccountId"/> as a JSON string; <c>default(AccountId)</c> is not written (a <see cref="JsonException"/>).</summary>
internal sealed class AccountIdJsonConverter : ValidatingConverter<AccountId>
{
    protected override AccountId ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        AccountId.Of(ReadString(ref reader));

    public override void Write(Utf8JsonWriter writer, AccountId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Writable(value).Value);

    public override AccountId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, AccountId value, JsonSerializerOptions options) =>
        writer.WritePropertyName(Writable(value).Value);
}
