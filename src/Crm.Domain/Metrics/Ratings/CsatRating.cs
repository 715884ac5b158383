using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Metrics.Json;

namespace Crm.Domain.Metrics.Ratings;

/// <summary>
/// An answer to a customer satisfaction question ("How satisfied were you with ...?") on the 1–5 scale, from 1 "very
/// unsatisfied" to 5 "very satisfied"; 4 and 5 count as satisfied.
/// </summary>
/// <remarks>
/// <para>The struct is one byte holding the score, so a span of ratings is reinterpreted as bytes by the vectorised
/// <see cref="CsatAccumulator"/> batch. <c>default(CsatRating)</c> holds 0, which is off the scale: it is "no rating"
/// (<see cref="IsDefault"/>) and is refused by the accumulator, per item and in batches (naming the index).</para>
/// <para>Equality and ordering are those of the score. This type is an immutable value and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(CsatRatingJsonConverter))]
public readonly record struct CsatRating : IComparable<CsatRating>
{
    /// <summary>The lowest score, 1.</summary>
    public const int MinScore = 1;

    /// <summary>The highest score, 5.</summary>
    public const int MaxScore = 5;

    /// <summary>The lowest score that counts as satisfied, 4.</summary>
    public const int SatisfiedFrom = 4;

    private readonly byte _score;

    private CsatRating(byte score) => _score = score;

    /// <summary>The score, 1–5 (0 for <c>default</c>, which is not a rating).</summary>
    public int Score => _score;

    /// <summary>True for <c>default(CsatRating)</c>, which was never created through <see cref="Of"/>.</summary>
    public bool IsDefault => _score == 0;

    /// <summary>A score of 4 or 5.</summary>
    public bool IsSatisfied => _score >= SatisfiedFrom;

    /// <summary>Creates a rating.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is outside [1, 5].</exception>
    public static CsatRating Of(int score) => new((byte)Guard.Against.OutsideRange(score, MinScore, MaxScore));

    /// <summary>Creates a rating, or returns false when <paramref name="score"/> is outside [1, 5].</summary>
    public static bool TryOf(int score, out CsatRating rating)
    {
        rating = score is >= MinScore and <= MaxScore ? new CsatRating((byte)score) : default;
        return !rating.IsDefault;
    }

    /// <inheritdoc />
    public int CompareTo(CsatRating other) => _score.CompareTo(other._score);

    /// <summary>Invariant text such as <c>4/5</c>, or <c>(no rating)</c> for <c>default</c>.</summary>
    public override string ToString() =>
        IsDefault ? "(no rating)" : string.Create(CultureInfo.InvariantCulture, $"{Score}/5");

    /// <summary>Ordering by score.</summary>
    public static bool operator <(CsatRating left, CsatRating right) => left._score < right._score;

    /// <summary>Ordering by score.</summary>
    public static bool operator >(CsatRating left, CsatRating right) => left._score > right._score;

    /// <summary>Ordering by score.</summary>
    public static bool operator <=(CsatRating left, CsatRating right) => left._score <= right._score;

    /// <summary>Ordering by score.</summary>
    public static bool operator >=(CsatRating left, CsatRating right) => left._score >= right._score;
}
