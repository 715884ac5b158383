using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Metrics.Json;

namespace Crm.Domain.Metrics.Ratings;

/// <summary>
/// The scale of a Customer Effort Score question: its lowest and highest answer (whole numbers, 0 ≤ min &lt; max ≤ 10)
/// and which end means "easy".
/// </summary>
/// <remarks>
/// <para>Two scales are in common use: <see cref="Agreement7"/>, the 1–7 agreement scale of CES 2.0 (CEB/Gartner,
/// "The company made it easy for me to handle my issue", higher is easier), and <see cref="Effort5"/>, the 1–5 effort
/// scale of CES 1.0 (Dixon, Freeman and Toman, "Stop Trying to Delight Your Customers", HBR 2010, lower is easier).</para>
/// <para><b>"Easy" rule</b> (<see cref="IsEasy"/>): an answer strictly on the easy side of the scale's midpoint
/// (min + max) / 2. On 1–7 higher-is-easier that is 5, 6, 7 (the "agree" answers CES 2.0 reports); on 1–5
/// lower-is-easier it is 1 and 2; the midpoint itself is neutral, not easy.</para>
/// <para>Equality compares min, max and direction. <c>default</c> has no direction (<see cref="IsDefault"/>) and is
/// refused wherever a scale is needed. This type is an immutable value and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(CesScaleJsonConverter))]
public readonly record struct CesScale
{
    /// <summary>The lowest answer any scale may start at.</summary>
    public const int LowestAnswer = 0;

    /// <summary>The highest answer any scale may end at.</summary>
    public const int HighestAnswer = 10;

    private readonly byte _min;
    private readonly byte _max;

    private CesScale(byte min, byte max, CesDirection direction)
    {
        _min = min;
        _max = max;
        Direction = direction;
    }

    /// <summary>The lowest answer on the scale.</summary>
    public int Min => _min;

    /// <summary>The highest answer on the scale.</summary>
    public int Max => _max;

    /// <summary>Which end means "easy".</summary>
    public CesDirection Direction { get; }

    /// <summary>The number of distinct answers, max − min + 1 (0 for <c>default</c>).</summary>
    public int Points => IsDefault ? 0 : _max - _min + 1;

    /// <summary>True for <c>default(CesScale)</c>, which has no direction and is not a usable scale.</summary>
    public bool IsDefault => Direction == CesDirection.Unspecified;

    /// <summary>CES 2.0: 1–7 agreement with "The company made it easy for me to handle my issue"; higher is easier.</summary>
    public static CesScale Agreement7 => new(1, 7, CesDirection.HigherIsEasier);

    /// <summary>CES 1.0: 1–5 "How much effort did you personally have to put forth?"; lower is easier.</summary>
    public static CesScale Effort5 => new(1, 5, CesDirection.LowerIsEasier);

    /// <summary>Creates a scale.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="min"/> is outside [0, 9], <paramref name="max"/>
    /// outside [min + 1, 10], or <paramref name="direction"/> is not HigherIsEasier or LowerIsEasier.</exception>
    public static CesScale Of(int min, int max, CesDirection direction)
    {
        Guard.Against.OutsideRange(min, LowestAnswer, HighestAnswer - 1);
        Guard.Against.OutsideRange(max, min + 1, HighestAnswer);
        if (direction is not (CesDirection.HigherIsEasier or CesDirection.LowerIsEasier))
        {
            throw new ArgumentOutOfRangeException(nameof(direction), direction, $"direction must be {CesDirection.HigherIsEasier} or {CesDirection.LowerIsEasier}; it was {direction}.");
        }

        return new CesScale((byte)min, (byte)max, direction);
    }

    /// <summary>True when <paramref name="answer"/> lies on the scale.</summary>
    public bool Contains(int answer) => !IsDefault && answer >= _min && answer <= _max;

    /// <summary>True when <paramref name="answer"/> is strictly on the easy side of the midpoint (see remarks).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="answer"/> is not on the scale.</exception>
    public bool IsEasy(int answer)
    {
        EnsureUsable();
        Guard.Against.OutsideRange(answer, Min, Max);
        return IsEasyUnchecked(answer);
    }

    /// <summary>The easy rule for an answer known to be on the scale: 2·answer against min + max, in integers.</summary>
    internal bool IsEasyUnchecked(int answer) => Direction == CesDirection.HigherIsEasier
        ? 2 * answer > _min + _max
        : 2 * answer < _min + _max;

    /// <summary>Throws when this is <c>default</c>.</summary>
    internal void EnsureUsable()
    {
        if (IsDefault)
        {
            throw new ArgumentException("The CES scale is an uninitialised default(CesScale); create it with CesScale.Of or a preset.", "scale");
        }
    }

    /// <summary>Invariant text such as <c>1–7 (HigherIsEasier)</c>.</summary>
    public override string ToString() => IsDefault
        ? "(no scale)"
        : string.Create(CultureInfo.InvariantCulture, $"{Min}–{Max} ({Direction})");
}
