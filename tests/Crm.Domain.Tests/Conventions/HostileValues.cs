using System.Collections.Immutable;
using Crm.Domain.Serialization;
using Crm.Domain.Tests.Serialization;
using FsCheck;
using NodaTime;
using Interval = NodaTime.Interval;

namespace Crm.Domain.Tests.Conventions;

/// <summary>
/// Issue 13, item 5: hostile values per parameter type (NaN, ±∞, ±0, subnormals, the extremes of every numeric type,
/// <c>default</c> structs, null, empty and large collections, control characters, a 1 MB string, instants at
/// <see cref="Instant.MinValue"/>/<see cref="Instant.MaxValue"/>, past the 64-bit nanosecond range and in a DST gap),
/// and one benign value per type to hold the other parameters of a call steady. <see cref="Generator"/> offers the same
/// values as an FsCheck generator.
/// </summary>
public static class HostileValues
{
    private static readonly Instant T = Instant.FromUtc(2026, 3, 2, 9, 30);
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly Lazy<Dictionary<Type, object?>> Samples = new(() =>
        CrmJson.SerializableTypes.ToDictionary(t => t, JsonSamples.For));

    /// <summary>The hostile values of <paramref name="type"/> as an FsCheck generator.</summary>
    public static Gen<object?> Generator(Type type) => FsCheck.Fluent.Gen.Elements(For(type).ToArray());

    /// <summary>The hostile values of <paramref name="type"/> (null entries mean null).</summary>
    public static IReadOnlyList<object?> For(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return [null, .. For(inner)];
        }

        if (type.IsEnum)
        {
            return [Enum.ToObject(type, -1), Enum.ToObject(type, int.MaxValue), Activator.CreateInstance(type)];
        }

        if (Scalars(type) is { } scalars)
        {
            return scalars;
        }

        if (ElementOf(type) is { } element)
        {
            var benign = Benign(element);
            var hostile = For(element);
            var odd = hostile.Count > 0 ? hostile[0] : null;
            object? large = element.IsValueType || benign is not null ? Collection(type, element, Enumerable.Repeat(benign, 10_000).ToArray()) : null;
            return [Collection(type, element, null), Collection(type, element, []), Collection(type, element, [odd]), large];
        }

        return type.IsValueType ? [Activator.CreateInstance(type)] : [null];
    }

    /// <summary>A value of <paramref name="type"/> the library accepts (a sample where there is one).</summary>
    public static object? Benign(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Benign(inner);
        }

        if ((Samples.Value.TryGetValue(type, out var sample) ? sample : JsonSamples.Explicit(type)) is { } found)
        {
            return found;
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return values.Length > 1 ? values.GetValue(1) : values.GetValue(0);
        }

        return type switch
        {
            _ when type == typeof(double) => 1.5,
            _ when type == typeof(float) => 1.5f,
            _ when type == typeof(int) => 2,
            _ when type == typeof(long) => 2L,
            _ when type == typeof(short) => (short)2,
            _ when type == typeof(byte) => (byte)2,
            _ when type == typeof(uint) => 2u,
            _ when type == typeof(ulong) => 2UL,
            _ when type == typeof(decimal) => 12.5m,
            _ when type == typeof(bool) => true,
            _ when type == typeof(char) => 'x',
            _ when type == typeof(string) => "x1",
            _ when type == typeof(Instant) => T,
            _ when type == typeof(Duration) => Duration.FromHours(2),
            _ when type == typeof(LocalDate) => new LocalDate(2026, 3, 2),
            _ when type == typeof(LocalTime) => new LocalTime(9, 30),
            _ when type == typeof(LocalDateTime) => new LocalDateTime(2026, 3, 2, 9, 30),
            _ when type == typeof(YearMonth) => new YearMonth(2026, 3),
            _ when type == typeof(DateInterval) => new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)),
            _ when type == typeof(Interval) => new Interval(T, T + Duration.FromDays(30)),
            _ when type == typeof(DateTimeZone) => London,
            _ when type == typeof(IsoDayOfWeek) => IsoDayOfWeek.Monday,
            _ when ElementOf(type) is { } element => Collection(type, element, [Benign(element)]),
            _ => type.IsValueType ? Activator.CreateInstance(type) : null,
        };
    }

    private static IReadOnlyList<object?>? Scalars(Type type) => type switch
    {
        _ when type == typeof(double) => [double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0d, -0d, double.Epsilon, -1d, 1e-300, double.MaxValue, double.MinValue],
        _ when type == typeof(float) => [float.NaN, float.PositiveInfinity, float.NegativeInfinity, 0f, -0f, float.Epsilon, -1f, float.MaxValue, float.MinValue],
        _ when type == typeof(int) => [0, -1, int.MinValue, int.MaxValue],
        _ when type == typeof(long) => [0L, -1L, long.MinValue, long.MaxValue],
        _ when type == typeof(short) => [(short)-1, short.MinValue, short.MaxValue],
        _ when type == typeof(byte) => [(byte)0, byte.MaxValue],
        _ when type == typeof(uint) => [0u, uint.MaxValue],
        _ when type == typeof(ulong) => [0UL, ulong.MaxValue],
        _ when type == typeof(decimal) => [0m, -1m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m],
        _ when type == typeof(bool) => [false],
        _ when type == typeof(char) => ['\0', '\ud800'],
        _ when type == typeof(string) => [null, "", " ", "\0\u001f\u007f", "\ud800", new string('x', 1 << 20)],
        _ when type == typeof(Instant) => [Instant.MinValue, Instant.MaxValue, Instant.FromUtc(1600, 1, 1, 0, 0), Instant.FromUtc(2300, 1, 1, 0, 0), Instant.FromUtc(2026, 3, 29, 1, 30)],
        _ when type == typeof(Duration) => [Duration.MinValue, Duration.MaxValue, Duration.Zero, Duration.FromNanoseconds(-1), Duration.FromNanoseconds(long.MaxValue), Duration.FromDays(-1)],
        _ when type == typeof(LocalDate) => [LocalDate.MinIsoValue, LocalDate.MaxIsoValue, new LocalDate(2026, 3, 29)],
        _ when type == typeof(LocalTime) => [LocalTime.MinValue, LocalTime.MaxValue],
        _ when type == typeof(LocalDateTime) => [LocalDate.MinIsoValue.AtMidnight(), LocalDate.MaxIsoValue.At(LocalTime.MaxValue), new LocalDateTime(2026, 3, 29, 1, 30)],
        _ when type == typeof(YearMonth) => [new YearMonth(-9998, 1), new YearMonth(9999, 12)],
        _ when type == typeof(DateInterval) => [null, new DateInterval(LocalDate.MinIsoValue, LocalDate.MaxIsoValue)],
        _ when type == typeof(Interval) => [new Interval(null, null), new Interval(Instant.MinValue, Instant.MaxValue)],
        _ when type == typeof(DateTimeZone) => [null, DateTimeZone.Utc, DateTimeZone.ForOffset(Offset.FromHours(18))],
        _ when type == typeof(IsoDayOfWeek) => [IsoDayOfWeek.None, (IsoDayOfWeek)99],
        _ => null,
    };

    /// <summary>The element type of the collections the library takes: arrays, immutable arrays and the
    /// <c>IEnumerable</c>/<c>IReadOnlyList</c>/<c>IReadOnlyCollection</c>/<c>IList</c>/<c>ICollection</c> interfaces.</summary>
    private static Type? ElementOf(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (!type.IsGenericType)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(ImmutableArray<>) || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>)
            || definition == typeof(IReadOnlyCollection<>) || definition == typeof(IList<>) || definition == typeof(ICollection<>)
            ? type.GetGenericArguments()[0]
            : null;
    }

    /// <summary>A collection of <paramref name="type"/> holding <paramref name="items"/>; null items gives null
    /// (a <c>default</c> immutable array).</summary>
    private static object? Collection(Type type, Type element, object?[]? items)
    {
        Array? array = null;
        if (items is not null)
        {
            array = Array.CreateInstance(element, items.Length);
            for (var i = 0; i < items.Length; i++)
            {
                if (items[i] is not null || !element.IsValueType)
                {
                    array.SetValue(items[i], i);
                }
            }
        }

        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(ImmutableArray<>))
        {
            return array;
        }

        return array is null
            ? Activator.CreateInstance(type)
            : typeof(ImmutableArray).GetMethods().Single(m => m.Name == nameof(ImmutableArray.Create) && m.GetParameters() is [{ ParameterType.IsArray: true }])
                .MakeGenericMethod(element).Invoke(null, [array]);
    }
}
