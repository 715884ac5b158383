using System.Text.Json;
using Crm.Domain.Json;

namespace Crm.Domain.Primitives;

/// <summary>Writes a <see cref="CustomerId"/> as a JSON string; <c>default(CustomerId)</c> is not written (a <see cref="JsonException"/>), as it could not be read back.</summary>
internal sealed class CustomerIdJsonConverter : ValidatingConverter<CustomerId>
{
    protected override CustomerId ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        CustomerId.Of(ReadString(ref reader));

    public override void Write(Utf8JsonWriter writer, CustomerId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Writable(value).Value);

    public override CustomerId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, CustomerId value, JsonSerializerOptions options) =>
        writer.WritePropertyName(Writable(value).Value);
}
