using System.Globalization;
using System.Text.Json.Serialization;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.CustomerValue.Rfm;

/// <summary>
/// A customer's RFM scores: recency, frequency and monetary, each from 1 (worst) to <see cref="Bins"/> (best).
/// </summary>
/// <remarks>
/// <para>Scores come from <see cref="RfmScorer"/> (quantile bins of a population) or from <see cref="Create"/>.
/// A higher recency score means a more <em>recent</em> customer. <see cref="Code"/> is the familiar cell label
/// ("545"). Stored in 4 bytes, so a span of a million scores is 4 MB.</para>
/// <para>Equality is field by field (bins included). <c>default</c> has <see cref="Bins"/> = 0 and all scores 0:
/// it is not a valid score (<see cref="IsDefault"/>). This type is an immutable value and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(RfmScoreJsonConverter))]
public readonly record struct RfmScore
{
    /// <summary>The fewest bins allowed.</summary>
    public const int MinBins = 2;

    /// <summary>The most bins allowed.</summary>
    public const int MaxBins = 10;

    private readonly byte _recency;
    private readonly byte _frequency;
    private readonly byte _monetary;
    private readonly byte _bins;

    private RfmScore(int recency, int frequency, int monetary, int bins)
    {
        _recency = (byte)recency;
        _frequency = (byte)frequency;
        _monetary = (byte)monetary;
        _bins = (byte)bins;
    }

    /// <summary>Recency score, 1..<see cref="Bins"/> (higher = bought more recently).</summary>
    public int Recency => _recency;

    /// <summary>Frequency score, 1..<see cref="Bins"/> (higher = buys more often).</summary>
    public int Frequency => _frequency;

    /// <summary>Monetary score, 1..<see cref="Bins"/> (higher = spends more).</summary>
    public int Monetary => _monetary;

    /// <summary>The number of bins of each score (2..10; 5 for quintiles).</summary>
    public int Bins => _bins;

    /// <summary>True for <c>default(RfmScore)</c>, which is not a valid score.</summary>
    public bool IsDefault => _bins == 0;

    /// <summary>The sum of the three scores (3..3 × <see cref="Bins"/>).</summary>
    public int Total => _recency + _frequency + _monetary;

    /// <summary>The cell label, e.g. "545" (scores separated by '-' when <see cref="Bins"/> is 10).</summary>
    public string Code => _bins >= 10
        ? string.Create(CultureInfo.InvariantCulture, $"{Recency}-{Frequency}-{Monetary}")
        : string.Create(CultureInfo.InvariantCulture, $"{Recency}{Frequency}{Monetary}");

    /// <summary>Creates a score.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bins"/> is outside 2..10 or a score is outside
    /// 1..<paramref name="bins"/>.</exception>
    public static RfmScore Create(int recency, int frequency, int monetary, int bins = 5)
    {
        Guard.Against.OutsideRange(bins, MinBins, MaxBins);
        Guard.Against.OutsideRange(recency, 1, bins);
        Guard.Against.OutsideRange(frequency, 1, bins);
        Guard.Against.OutsideRange(monetary, 1, bins);
        return new RfmScore(recency, frequency, monetary, bins);
    }

    /// <summary>Creates a score the caller has already checked (the scorer's hot path).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static RfmScore CreateUnchecked(int recency, int frequency, int monetary, int bins) =>
        new(recency, frequency, monetary, bins);

    /// <summary>A score mapped onto the 1..5 scale: <c>1 + (score − 1) × 5 / Bins</c> (integer division); the
    /// identity for quintiles. Lets quintile-based criteria (such as the standard segments) read any bin count.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bins"/> is outside 2..10 or
    /// <paramref name="score"/> outside 1..<paramref name="bins"/>.</exception>
    public static int ToQuintile(int score, int bins)
    {
        Guard.Against.OutsideRange(bins, MinBins, MaxBins);
        Guard.Against.OutsideRange(score, 1, bins);
        return 1 + ((score - 1) * 5 / bins);
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"R{Recency} F{Frequency} M{Monetary} (of {Bins})");
}
