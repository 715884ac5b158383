using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Metrics.Json;

namespace Crm.Domain.Metrics.Ratings;

/// <summary>
/// An answer to the Net Promoter question "How likely is it that you would recommend us to a friend or colleague?" on
/// the 0–10 scale (Reichheld 2003): 9–10 is a promoter, 7–8 a passive, 0–6 a detractor.
/// </summary>
/// <remarks>
/// <para>The struct is one byte, so a span of ratings is reinterpreted as bytes by the vectorised
/// <see cref="NpsAccumulator"/> batch. The byte holds the score plus one, so that <c>default(NpsRating)</c> (byte 0)
/// is not mistaken for a real score of 0: it is "no rating" (<see cref="IsDefault"/>), refused by
/// <see cref="NpsAccumulator"/> (per item and in batches, naming the index).</para>
/// <para>Equality and ordering are those of the score. This type is an immutable value and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(NpsRatingJsonConverter))]
public readonly record struct NpsRating : IComparable<NpsRating>
{
    /// <summary>The lowest score, 0.</summary>
    public const int MinScore = 0;

    /// <summary>The highest score, 10.</summary>
    public const int MaxScore = 10;

    private readonly byte _encoded; // score + 1; 0 is the uninitialised default

    private NpsRating(byte encoded) => _encoded = encoded;

    /// <summary>The score, 0–10 (0 for <c>default</c>, which is not a rating: check <see cref="IsDefault"/>).</summary>
    public int Score => _encoded == 0 ? 0 : _encoded - 1;

    /// <summary>True for <c>default(NpsRating)</c>, which was never created through <see cref="Of"/>.</summary>
    public bool IsDefault => _encoded == 0;

    /// <summary>A score of 9 or 10.</summary>
    public bool IsPromoter => _encoded >= 10;

    /// <summary>A score of 7 or 8.</summary>
    public bool IsPassive => _encoded is 8 or 9;

    /// <summary>A score of 0 to 6 (false for <c>default</c>).</summary>
    public bool IsDetractor => _encoded is >= 1 and <= 7;

    /// <summary>The byte a rating occupies in memory (score + 1); what the batch kernels count.</summary>
    internal static byte Encode(int score) => (byte)(score + 1);

    /// <summary>Creates a rating.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is outside [0, 10].</exception>
    public static NpsRating Of(int score) => new(Encode(Guard.Against.OutsideRange(score, MinScore, MaxScore)));

    /// <summary>Creates a rating, or returns false when <paramref name="score"/> is outside [0, 10].</summary>
    public static bool TryOf(int score, out NpsRating rating)
    {
        rating = score is >= MinScore and <= MaxScore ? new NpsRating(Encode(score)) : default;
        return !rating.IsDefault;
    }

    /// <inheritdoc />
    public int CompareTo(NpsRating other) => _encoded.CompareTo(other._encoded);

    /// <summary>Invariant text such as <c>9/10</c>, or <c>(no rating)</c> for <c>default</c>.</summary>
    public override string ToString() =>
        IsDefault ? "(no rating)" : string.Create(CultureInfo.InvariantCulture, $"{Score}/10");

    /// <summary>Ordering by score.</summary>
    public static bool operator <(NpsRating left, NpsRating right) => left._encoded < right._encoded;

    /// <summary>Ordering by score.</summary>
    public static bool operator >(NpsRating left, NpsRating right) => left._encoded > right._encoded;

    /// <summary>Ordering by score.</summary>
    public static bool operator <=(NpsRating left, NpsRating right) => left._encoded <= right._encoded;

    /// <summary>Ordering by score.</summary>
    public static bool operator >=(NpsRating left, NpsRating right) => left._encoded >= right._encoded;
}
