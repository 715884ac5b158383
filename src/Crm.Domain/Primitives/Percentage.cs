using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Primitives;

/// <summary>A percentage in percent points (12.5 means 12.5 %): any finite number, so growth above 100 % and
/// falls below 0 % are representable.</summary>
/// <remarks>Equality and ordering are those of the underlying <see cref="double"/>. <c>default</c> is 0 %.
/// This type is an immutable value and is thread-safe.</remarks>
[JsonConverter(typeof(PercentageJsonConverter))]
public readonly record struct Percentage : IComparable<Percentage>
{
    private Percentage(double points) => Points = points;

    /// <summary>The value in percent points.</summary>
    public double Points { get; }

    /// <summary>The value as a fraction (percent points / 100).</summary>
    public double Fraction => Points / 100d;

    /// <summary>Creates a percentage from percent points.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is NaN or infinite.</exception>
    public static Percentage Of(double points) => new(Guard.Against.NonFinite(points));

    /// <summary>Creates a percentage from a fraction (0.125 is 12.5 %).</summary>
    public static Percentage FromFraction(double fraction) => Of(Guard.Against.NonFinite(fraction) * 100d);

    /// <inheritdoc />
    public int CompareTo(Percentage other) => Points.CompareTo(other.Points);

    /// <summary>Invariant text such as <c>12.5 %</c>.</summary>
    public override string ToString() => Points.ToString("0.##", CultureInfo.InvariantCulture) + " %";

    /// <summary>Ordering.</summary>
    public static bool operator <(Percentage left, Percentage right) => left.Points < right.Points;

    /// <summary>Ordering.</summary>
    public static bool operator >(Percentage left, Percentage right) => left.Points > right.Points;

    /// <summary>Ordering.</summary>
    public static bool operator <=(Percentage left, Percentage right) => left.Points <= right.Points;

    /// <summary>Ordering.</summary>
    public static bool operator >=(Percentage left, Percentage right) => left.Points >= right.Points;
}
