using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Domain.Guards;

namespace Crm.Domain.Json;

/// <summary>
/// Base of the value-type converters: reading goes through the type's validating factory, and a value the factory
/// refuses becomes a <see cref="JsonException"/> (with the reader's path) instead of a half-valid object.
/// </summary>
internal abstract class ValidatingConverter<T> : JsonConverter<T>
{
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return ReadValidated(ref reader, options);
        }
        catch (ArgumentException ex)
        {
            throw new JsonException($"Invalid {typeof(T).Name}: {ex.Message}", ex);
        }
        catch (InvalidOperationException ex)
        {
            // Utf8JsonReader throws this when a token is of the wrong kind (a number where a string belongs).
            throw new JsonException($"Invalid {typeof(T).Name}: {ex.Message}", ex);
        }
    }

    protected abstract T ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options);

    protected static string ReadString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonException($"Expected a JSON string for {typeof(T).Name}, found {reader.TokenType}.");

    protected static double ReadDouble(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number
            ? JsonObjectReader.Finite(reader.GetDouble(), typeof(T).Name)
            : throw new JsonException($"Expected a JSON number for {typeof(T).Name}, found {reader.TokenType}.");

    /// <summary>Returns <paramref name="value"/>, or throws if it is an uninitialised <c>default</c>
    /// (<see cref="IDefaultable"/>): such a value has no JSON that reads back, so it is not written either.</summary>
    /// <exception cref="JsonException"><paramref name="value"/> is <c>default</c>.</exception>
    protected static T Writable(T value) =>
        value is IDefaultable { IsDefault: true }
            ? throw new JsonException($"default({typeof(T).Name}) has no value and is not serialised (it could not be read back); give a real {typeof(T).Name} or leave the member out (null).")
            : value;

    protected static void Expect(ref Utf8JsonReader reader, JsonTokenType tokenType)
    {
        if (reader.TokenType != tokenType)
        {
            throw new JsonException($"Expected {tokenType} for {typeof(T).Name}, found {reader.TokenType}.");
        }
    }
}
