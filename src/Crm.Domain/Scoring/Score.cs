using System.Globalization;
using Ardalis.GuardClauses;
using System.Text.Json.Serialization;
using Crm.Domain.Guards;

namespace Crm.Domain.Scoring;

/// <summary>A score: a finite number of points produced by a <see cref="ScoringModel{T}"/>.</summary>
/// <remarks>The scale is the model's (lead points, a 0–100 index, a churn risk); the type guarantees only that the
/// value is finite. Equality and ordering are those of the value. <c>default</c> is 0 points. Immutable and
/// thread-safe.</remarks>
[JsonConverter(typeof(ScoreJsonConverter))]
public readonly record struct Score : IComparable<Score>
{
    private Score(double value) => Value = value;

    /// <summary>The points.</summary>
    public double Value { get; }

    /// <summary>A score of 0 points.</summary>
    public static Score Zero => default;

    /// <summary>Creates a score.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public static Score Of(double value) => new(Guard.Against.NonFinite(value));

    /// <inheritdoc />
    public int CompareTo(Score other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Ordering.</summary>
    public static bool operator <(Score left, Score right) => left.Value < right.Value;

    /// <summary>Ordering.</summary>
    public static bool operator >(Score left, Score right) => left.Value > right.Value;

    /// <summary>Ordering.</summary>
    public static bool operator <=(Score left, Score right) => left.Value <= right.Value;

    /// <summary>Ordering.</summary>
    public static bool operator >=(Score left, Score right) => left.Value >= right.Value;
}
