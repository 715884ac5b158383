using System.Text.Json;
using Crm.Domain.Primitives;

namespace Crm.Domain.Metrics.Json;

/// <summary>Reading helpers for the metrics converters: an object is read whole (as a <see cref="JsonElement"/>),
/// unknown members are refused, and every value is checked for its JSON kind before it reaches a factory.</summary>
internal static class MetricsJson
{
    public static JsonElement ReadObject(ref Utf8JsonReader reader, string typeName, params string[] knownMembers)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object for {typeName}, found {reader.TokenType}.");
        }

        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement.Clone();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var member in root.EnumerateObject())
        {
            if (!knownMembers.Contains(member.Name, StringComparer.OrdinalIgnoreCase))
            {
                throw new JsonException($"Unknown member '{member.Name}' in {typeName}.");
            }

            if (!seen.Add(member.Name))
            {
                // One strictness with the other readers (JsonObjectReader): a member given twice is refused.
                throw new JsonException($"Duplicate member '{member.Name}' in {typeName}.");
            }
        }

        return root;
    }

    public static bool TryGet(JsonElement obj, string name, out JsonElement value)
    {
        foreach (var member in obj.EnumerateObject())
        {
            if (string.Equals(member.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = member.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static JsonElement Required(JsonElement obj, string name, string typeName) =>
        TryGet(obj, name, out var value) ? value : throw new JsonException($"{typeName} needs '{name}'.");

    public static long Int64(JsonElement obj, string name, string typeName)
    {
        var value = Required(obj, name, typeName);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n)
            ? n
            : throw new JsonException($"'{name}' of {typeName} must be a whole number; it was {value}.");
    }

    public static long[] Int64Array(JsonElement obj, string name, string typeName)
    {
        var value = Required(obj, name, typeName);
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException($"'{name}' of {typeName} must be an array of counts; it was {value.ValueKind}.");
        }

        var result = new long[value.GetArrayLength()];
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            result[i++] = item.ValueKind == JsonValueKind.Number && item.TryGetInt64(out var n)
                ? n
                : throw new JsonException($"'{name}' of {typeName} must hold whole numbers; element {i - 1} was {item}.");
        }

        return result;
    }

    public static Money? OptionalMoney(JsonElement obj, string name, string typeName)
    {
        if (!TryGet(obj, name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return Money(value, name, typeName);
    }

    public static Money Money(JsonElement value, string name, string typeName)
    {
        if (value.ValueKind != JsonValueKind.Object
            || !TryGet(value, "amount", out var amount) || amount.ValueKind != JsonValueKind.Number
            || !TryGet(value, "currency", out var currency) || currency.ValueKind != JsonValueKind.String)
        {
            throw new JsonException($"'{name}' of {typeName} must be {{\"amount\": number, \"currency\": \"ISO 4217 code\"}}; it was {value}.");
        }

        return Primitives.Money.Of(amount.GetDecimal(), currency.GetString()!);
    }

    public static void WriteMoney(Utf8JsonWriter writer, string name, Money? value)
    {
        if (value is not { } money)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteNumber("amount", money.Amount);
        writer.WriteString("currency", money.Currency.Code);
        writer.WriteEndObject();
    }

    public static void WriteCounts(Utf8JsonWriter writer, string name, IEnumerable<long> counts)
    {
        writer.WriteStartArray(name);
        foreach (var c in counts)
        {
            writer.WriteNumberValue(c);
        }

        writer.WriteEndArray();
    }

    public static void WriteRatioValue(Utf8JsonWriter writer, string name, Ratio ratio)
    {
        if (ratio.Value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static int Int32Value(ref Utf8JsonReader reader, string typeName) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var v)
            ? v
            : throw new JsonException($"Expected a whole JSON number for {typeName}, found {reader.TokenType}.");
}
