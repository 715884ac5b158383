using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Crm.Domain.Guards;

namespace Crm.Domain.Json;

/// <summary>
/// The rules every source-generated object is held to after System.Text.Json has built it, whatever its type: the
/// checks a constructor cannot make itself or that no constructor of the library should have to repeat.
/// <list type="bullet">
/// <item>an enum member holds a defined value (for <c>[Flags]</c>, only defined bits): the generated string-enum
/// converters also read numbers (<c>AllowIntegerValues</c> cannot be switched off in source generation);</item>
/// <item>a <see cref="double"/> member is finite (the JSON literal <c>1e400</c> reads as +∞);</item>
/// <item>a member whose type has an unusable <c>default</c> (<see cref="IDefaultable"/>: a customer id, money, a
/// currency) is not that default (on .NET 8 a missing constructor parameter reads as its default);</item>
/// <item>a collection member is not a <c>default</c> immutable array and holds no <c>null</c> element (unless its
/// elements are nullable values, such as <c>int?</c>).</item>
/// </list>
/// A broken rule is a <see cref="JsonException"/> naming the member and the type; <see cref="Serialization.CrmJson"/>
/// adds the path.
/// </summary>
internal static class StrictMembers
{
    /// <summary>The <see cref="IJsonTypeInfoResolver"/> modifier that installs the rules on every object type.</summary>
    public static void Install(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        // The library's internal DTOs (an assessment document that may predate its history) get the enum and number
        // rules only: their converters decide what a missing list or id means.
        var visible = typeInfo.Type.IsVisible;
        var checkedMembers = typeInfo.Properties.Where(p => p.Get is not null && IsChecked(p.PropertyType, visible)).ToArray();
        if (checkedMembers.Length == 0)
        {
            return;
        }

        // Decided once per member, not per read: only elements that can be null are scanned. A list of plain structs
        // (a builder state's occasions) would otherwise box every element of every document read.
        var scanElements = checkedMembers.Select(p => ElementsMayBeNull(p.PropertyType)).ToArray();
        var previous = typeInfo.OnDeserialized;
        typeInfo.OnDeserialized = value =>
        {
            previous?.Invoke(value);
            for (var i = 0; i < checkedMembers.Length; i++)
            {
                Check(checkedMembers[i].Get!(value), checkedMembers[i].Name, typeInfo.Type.Name, scanElements[i]);
            }
        };
    }

    // Elements of a value type cannot be null; an unknown element type (a non-generic collection) is scanned.
    private static bool ElementsMayBeNull(Type collection) =>
        ElementType(collection) is not { IsValueType: true };

    private static Type? ElementType(Type collection) =>
        collection.IsArray ? collection.GetElementType() : collection.IsGenericType ? collection.GetGenericArguments()[^1] : null;

    private static bool IsChecked(Type type, bool visible)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsEnum || t == typeof(double) || t == typeof(float)
            || (visible && (typeof(IDefaultable).IsAssignableFrom(t) || (t != typeof(string) && typeof(IEnumerable).IsAssignableFrom(t) && !HoldsNullableValues(t))));
    }

    // An array of int? (an index response's skipped answers) may hold nulls; the library's lists of reference types
    // and of plain structs may not.
    private static bool HoldsNullableValues(Type collection) =>
        ElementType(collection) is { } element && Nullable.GetUnderlyingType(element) is not null;

    private static void Check(object? value, string member, string owner, bool scanElements)
    {
        switch (value)
        {
            case Enum e when !IsDefined(e):
                throw new JsonException($"'{member}' of {owner} must be a defined {e.GetType().Name}; it was {e}.");
            case double d when !double.IsFinite(d):
                throw new JsonException($"'{member}' of {owner} must be a finite number; it was {d.ToString(CultureInfo.InvariantCulture)}.");
            case float f when !float.IsFinite(f):
                throw new JsonException($"'{member}' of {owner} must be a finite number; it was {f.ToString(CultureInfo.InvariantCulture)}.");
            case IDefaultable { IsDefault: true }:
                throw new JsonException($"'{member}' of {owner} is required and must not be default({value.GetType().Name}).");
            case IEnumerable items and not string:
                CheckElements(items, member, owner, scanElements);
                break;
        }
    }

    private static void CheckElements(IEnumerable items, string member, string owner, bool scanElements)
    {
        IEnumerator enumerator;
        try
        {
            enumerator = items.GetEnumerator();
        }
        catch (InvalidOperationException)
        {
            // A boxed default ImmutableArray<T> refuses to enumerate: the member was missing (.NET 8) and read as default.
            throw new JsonException($"'{member}' of {owner} is required: an array (empty if there is nothing).");
        }

        if (!scanElements)
        {
            return;
        }

        var i = 0;
        while (enumerator.MoveNext())
        {
            if (enumerator.Current is null)
            {
                throw new JsonException($"'{member}' of {owner} must not hold null elements; element {i} was null.");
            }

            i++;
        }
    }

    private static bool IsDefined(Enum value)
    {
        var type = value.GetType();
        if (!type.IsDefined(typeof(FlagsAttribute), inherit: false))
        {
            return Enum.IsDefined(type, value);
        }

        long all = 0;
        foreach (var defined in Enum.GetValuesAsUnderlyingType(type))
        {
            all |= Convert.ToInt64(defined, CultureInfo.InvariantCulture);
        }

        return (Convert.ToInt64(value, CultureInfo.InvariantCulture) & ~all) == 0;
    }
}
