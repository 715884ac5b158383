using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Primitives;

/// <summary>A probability: a finite number in [0, 1].</summary>
/// <remarks>Equality and ordering are those of the underlying <see cref="double"/>. <c>default</c> is
/// <see cref="Zero"/>. This type is an immutable value and is thread-safe.</remarks>
[JsonConverter(typeof(ProbabilityJsonConverter))]
public readonly record struct Probability : IComparable<Probability>
{
    private Probability(double value) => Value = value;

    /// <summary>The probability, in [0, 1].</summary>
    public double Value { get; }

    /// <summary>Probability 0.</summary>
    public static Probability Zero => default;

    /// <summary>Probability 1.</summary>
    public static Probability One { get; } = new(1d);

    /// <summary>Creates a probability.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside [0, 1] or not finite.</exception>
    public static Probability Of(double value) => new(Guard.Against.OutsideRange(value, 0d, 1d));

    /// <summary>Creates a probability from a value that may stray outside [0, 1] by rounding error, clamping it.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public static Probability Clamped(double value) => new(Math.Clamp(Guard.Against.NonFinite(value), 0d, 1d));

    /// <summary>1 − p.</summary>
    public Probability Complement => new(1d - Value);

    /// <summary>The same number in percent points (0–100).</summary>
    public Percentage ToPercentage() => Percentage.Of(Value * 100d);

    /// <inheritdoc />
    public int CompareTo(Probability other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>Ordering.</summary>
    public static bool operator <(Probability left, Probability right) => left.Value < right.Value;

    /// <summary>Ordering.</summary>
    public static bool operator >(Probability left, Probability right) => left.Value > right.Value;

    /// <summary>Ordering.</summary>
    public static bool operator <=(Probability left, Probability right) => left.Value <= right.Value;

    /// <summary>Ordering.</summary>
    public static bool operator >=(Probability left, Probability right) => left.Value >= right.Value;
}
