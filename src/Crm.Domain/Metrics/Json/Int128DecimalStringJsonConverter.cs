using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Crm.Domain.Metrics.Json;

/// <summary>A non-negative 128-bit integer as a JSON string of decimal digits (<c>"3600000000000"</c>), so that readers
/// whose numbers are 53-bit doubles keep it exact; a JSON number or anything but digits is refused.</summary>
internal sealed class Int128DecimalStringJsonConverter : JsonConverter<Int128>
{
    public override Int128 Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && Int128.TryParse(reader.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new JsonException($"Expected a string of decimal digits for a 128-bit count, found {reader.TokenType}.");

    public override void Write(Utf8JsonWriter writer, Int128 value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
}
