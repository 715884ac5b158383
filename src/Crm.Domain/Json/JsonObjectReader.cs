using System.Text.Json;

namespace Crm.Domain.Json;

/// <summary>
/// The one strict way the library's hand-written converters read a JSON object, member by member:
/// <code>
/// var members = Shape.Begin(ref reader);
/// while (members.Next(ref reader))
/// {
///     switch (members.Member) { case 0: amount = members.Decimal(ref reader); break; ... }
/// }
/// </code>
/// An unknown member, a member given twice, a required member missing and a value of the wrong JSON kind are each a
/// <see cref="JsonException"/> whose message names the type and the member (System.Text.Json adds the path of the
/// object to <see cref="JsonException.Path"/>). Values out of a type's range are left to the type's validating factory,
/// which <see cref="ValidatingConverter{T}"/> turns into a <see cref="JsonException"/>.
/// </summary>
/// <remarks>A mutable cursor: use one per object read, on one thread.</remarks>
internal struct JsonObjectReader
{
    private readonly JsonObjectShape _shape;
    private ulong _seen;

    internal JsonObjectReader(JsonObjectShape shape)
    {
        _shape = shape;
        Member = -1;
    }

    /// <summary>The index (in the shape) of the member whose value the reader is on.</summary>
    public int Member { get; private set; }

    /// <summary>Moves to the value of the next member, or, at the end of the object, checks every required member
    /// was read and returns <see langword="false"/> with the reader on <see cref="JsonTokenType.EndObject"/>.</summary>
    /// <exception cref="JsonException">An unknown or duplicate member, or a required member missing.</exception>
    public bool Next(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            _shape.RequireAll(_seen);
            return false;
        }

        // Inside an object a valid reader yields only property names or the end of the object.
        var name = reader.GetString()!;
        var index = _shape.IndexOf(name);
        if (index < 0)
        {
            throw _shape.Unknown(name);
        }

        var bit = 1UL << index;
        if ((_seen & bit) != 0)
        {
            throw new JsonException($"Duplicate member '{name}' in {_shape.TypeName}.");
        }

        _seen |= bit;
        Member = index;
        reader.Read();
        return true;
    }

    /// <summary>The current value as a JSON number read as a <see cref="double"/>.</summary>
    public readonly double Double(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.Number, "a number");
        var value = reader.GetDouble();
        return double.IsFinite(value) ? value : throw Invalid($"a finite number; it was {Raw(ref reader)}");
    }

    /// <summary>Returns <paramref name="value"/> if finite; a JSON number past ±1.8e308 (<c>1e400</c>) reads as an
    /// infinity, which no member of the library accepts.</summary>
    /// <exception cref="JsonException"><paramref name="value"/> is NaN or an infinity.</exception>
    internal static double Finite(double value, string typeName) =>
        double.IsFinite(value) ? value : throw new JsonException($"{typeName} must be a finite number; the JSON number was out of the range of double ({value}).");

    /// <summary>The current value as a JSON number read as a <see cref="decimal"/>.</summary>
    public readonly decimal Decimal(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.Number, "a number");
        return reader.TryGetDecimal(out var value) ? value : throw Invalid($"a number within the range of decimal; it was {Raw(ref reader)}");
    }

    /// <summary>The current value as a whole JSON number that fits an <see cref="int"/>.</summary>
    public readonly int Int32(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.Number, "a whole number");
        return reader.TryGetInt32(out var value) ? value : throw Invalid($"a whole number within the range of int; it was {Raw(ref reader)}");
    }

    /// <summary>The current value as a whole JSON number that fits a <see cref="long"/>.</summary>
    public readonly long Int64(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.Number, "a whole number");
        return reader.TryGetInt64(out var value) ? value : throw Invalid($"a whole number within the range of long; it was {Raw(ref reader)}");
    }

    /// <summary>The current value as a JSON string.</summary>
    public readonly string String(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String, "a string");
        return reader.GetString()!;
    }

    /// <summary>The current value as JSON <c>true</c> or <c>false</c>.</summary>
    public readonly bool Boolean(ref Utf8JsonReader reader) =>
        reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw Invalid($"true or false; it was {reader.TokenType}"),
        };

    /// <summary>The current value as the name of a defined member of <typeparamref name="TEnum"/> (numbers, and
    /// names of undefined values, are refused).</summary>
    public readonly TEnum Enum<TEnum>(ref Utf8JsonReader reader, bool ignoreCase = false)
        where TEnum : struct, System.Enum
    {
        var text = String(ref reader);
        return System.Enum.TryParse<TEnum>(text, ignoreCase, out var value) && System.Enum.IsDefined(value) && !IsNumeric(text)
            ? value
            : throw Invalid($"one of {string.Join(", ", System.Enum.GetNames<TEnum>())}; it was '{text}'");
    }

    /// <summary>Checks the current value is of <paramref name="tokenType"/> (e.g. the start of an array).</summary>
    public readonly void Expect(ref Utf8JsonReader reader, JsonTokenType tokenType, string what)
    {
        if (reader.TokenType != tokenType)
        {
            throw Invalid($"{what}; it was {reader.TokenType}");
        }
    }

    /// <summary>A <see cref="JsonException"/> saying the current member must be <paramref name="expected"/>.</summary>
    public readonly JsonException Invalid(string expected) =>
        new($"'{_shape.NameOf(Member)}' of {_shape.TypeName} must be {expected}.");

    private static bool IsNumeric(string text) => text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] is '-' or '+');

    private static string Raw(ref Utf8JsonReader reader) =>
        System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);
}
