using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Metrics.Json;

namespace Crm.Domain.Metrics.Ratings;

/// <summary>
/// An answer to a Customer Effort Score question, created against its <see cref="CesScale"/> (which it does not
/// carry: the <see cref="CesAccumulator"/> built for that scale judges it).
/// </summary>
/// <remarks>
/// <para>The struct is one byte so that a span of answers is reinterpreted as bytes by the vectorised batch. The byte
/// holds the answer plus one, so <c>default(CesRating)</c> (byte 0) is "no rating" (<see cref="IsDefault"/>) even on a
/// scale that starts at 0; the accumulator refuses it, per item and in batches (naming the index), as it refuses an
/// answer off its scale.</para>
/// <para>Equality and ordering are those of the answer (not of its meaning, which depends on the scale's direction).
/// This type is an immutable value and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(CesRatingJsonConverter))]
public readonly record struct CesRating : IComparable<CesRating>
{
    private readonly byte _encoded; // answer + 1; 0 is the uninitialised default

    private CesRating(byte encoded) => _encoded = encoded;

    /// <summary>The answer (0 for <c>default</c>, which is not a rating: check <see cref="IsDefault"/>).</summary>
    public int Answer => _encoded == 0 ? 0 : _encoded - 1;

    /// <summary>True for <c>default(CesRating)</c>, which was never created through <see cref="Of"/>.</summary>
    public bool IsDefault => _encoded == 0;

    /// <summary>The byte a rating occupies in memory (answer + 1); what the batch kernels count.</summary>
    internal static byte Encode(int answer) => (byte)(answer + 1);

    /// <summary>Creates an answer on <paramref name="scale"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="answer"/> is outside [scale.Min, scale.Max].</exception>
    /// <exception cref="ArgumentException"><paramref name="scale"/> is <c>default</c>.</exception>
    public static CesRating Of(int answer, CesScale scale)
    {
        scale.EnsureUsable();
        return new CesRating(Encode(Guard.Against.OutsideRange(answer, scale.Min, scale.Max)));
    }

    /// <summary>Creates an answer in [0, 10], the widest range a scale may have; used when the scale is not at hand
    /// (reading JSON). The accumulator still checks it against its scale.</summary>
    internal static CesRating OfAnyScale(int answer) =>
        new(Encode(Guard.Against.OutsideRange(answer, CesScale.LowestAnswer, CesScale.HighestAnswer)));

    /// <inheritdoc />
    public int CompareTo(CesRating other) => _encoded.CompareTo(other._encoded);

    /// <summary>Invariant text: the answer, or <c>(no rating)</c> for <c>default</c>.</summary>
    public override string ToString() =>
        IsDefault ? "(no rating)" : Answer.ToString(CultureInfo.InvariantCulture);

    /// <summary>Ordering by answer.</summary>
    public static bool operator <(CesRating left, CesRating right) => left._encoded < right._encoded;

    /// <summary>Ordering by answer.</summary>
    public static bool operator >(CesRating left, CesRating right) => left._encoded > right._encoded;

    /// <summary>Ordering by answer.</summary>
    public static bool operator <=(CesRating left, CesRating right) => left._encoded <= right._encoded;

    /// <summary>Ordering by answer.</summary>
    public static bool operator >=(CesRating left, CesRating right) => left._encoded >= right._encoded;
}
