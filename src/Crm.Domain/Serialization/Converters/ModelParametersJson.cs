using System.Text.Json;

namespace Crm.Domain.Serialization.Converters;

/// <summary>Reads and writes a flat JSON object of named numeric model parameters.</summary>
internal static class ModelParametersJson
{
    /// <summary>Reads an object whose properties are <paramref name="names"/> (case-insensitive); all are required.</summary>
    public static double[] Read(ref Utf8JsonReader reader, string typeName, params string[] names)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object for {typeName}, found {reader.TokenType}.");
        }

        var values = new double?[names.Length];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString()!;
            reader.Read();
            int index = Array.FindIndex(names, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                reader.Skip();
                continue;
            }

            values[index] = reader.TokenType == JsonTokenType.Number
                ? reader.GetDouble()
                : throw new JsonException($"Expected a JSON number for {typeName}.{names[index]}, found {reader.TokenType}.");
        }

        var result = new double[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            result[i] = values[i] ?? throw new JsonException($"Invalid {typeName}: the parameter '{names[i]}' is required.");
        }

        return result;
    }

    public static void Write(Utf8JsonWriter writer, string[] names, params double[] values)
    {
        writer.WriteStartObject();
        for (int i = 0; i < names.Length; i++)
        {
            writer.WriteNumber(names[i], values[i]);
        }

        writer.WriteEndObject();
    }
}
