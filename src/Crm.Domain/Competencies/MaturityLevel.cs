using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Competencies.Json;
using Crm.Domain.Guards;

namespace Crm.Domain.Competencies;

/// <summary>
/// A rung of the five-level CRM maturity scale used to rate every <see cref="Criterion"/>: 1 initial, 2 developing,
/// 3 defined, 4 managed, 5 optimised (the staging of CMMI and most CRM maturity models). Each level carries a name
/// and a description an assessor can rate against.
/// </summary>
/// <remarks>
/// <para>On the 0–100 index of <see cref="MaturityProfile"/> a level is worth <see cref="IndexPoints"/>
/// = (level − 1) × 25: initial 0, developing 25, defined 50, managed 75, optimised 100.</para>
/// <para>Equality and ordering are those of <see cref="Value"/>. <c>default</c> is <see cref="Initial"/> (the
/// lowest level), so an uninitialised value is still on the scale. JSON: the number 1–5; reading also accepts the
/// name (<c>"managed"</c>, any case). Immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(MaturityLevelJsonConverter))]
public readonly record struct MaturityLevel : IComparable<MaturityLevel>
{
    /// <summary>The lowest level's number (1).</summary>
    public const int MinValue = 1;

    /// <summary>The highest level's number (5).</summary>
    public const int MaxValue = 5;

    // Stored as value - 1 so that default(MaturityLevel) is Initial, a real level.
    private readonly byte _offset;

    private MaturityLevel(int value) => _offset = (byte)(value - 1);

    /// <summary>Level 1: practices are ad hoc and depend on individuals; nothing is documented or repeatable.</summary>
    public static MaturityLevel Initial => new(1);

    /// <summary>Level 2: practices exist in some teams and are repeated locally, but inconsistently and without standards.</summary>
    public static MaturityLevel Developing => new(2);

    /// <summary>Level 3: practices are documented, standard across the organisation, owned and trained.</summary>
    public static MaturityLevel Defined => new(3);

    /// <summary>Level 4: practices are measured against targets and managed with data; deviations are acted on.</summary>
    public static MaturityLevel Managed => new(4);

    /// <summary>Level 5: practices improve continuously from measurement, experiments and customer feedback.</summary>
    public static MaturityLevel Optimised => new(5);

    /// <summary>The five levels, lowest first.</summary>
    public static ImmutableArray<MaturityLevel> All { get; } = [Initial, Developing, Defined, Managed, Optimised];

    /// <summary>The level's number, 1 (initial) to 5 (optimised).</summary>
    public int Value => _offset + 1;

    /// <summary>The level's name: <c>initial</c>, <c>developing</c>, <c>defined</c>, <c>managed</c> or <c>optimised</c>.</summary>
    public string Name => NameOf(_offset);

    /// <summary>What an organisation at this level looks like, for assessors.</summary>
    public string Description => DescriptionOf(_offset);

    /// <summary>The level on the 0–100 index: (level − 1) × 25.</summary>
    public double IndexPoints => _offset * 25d;

    private static string NameOf(int offset) => offset switch
    {
        0 => "initial",
        1 => "developing",
        2 => "defined",
        3 => "managed",
        _ => "optimised",
    };

    private static string DescriptionOf(int offset) => offset switch
    {
        0 => "Initial: practices are ad hoc, depend on individuals, are undocumented and give unpredictable results.",
        1 => "Developing: practices exist in some teams and are repeated locally, but inconsistently and without standards.",
        2 => "Defined: practices are documented, standard across the organisation, owned and trained.",
        3 => "Managed: practices are measured against targets and managed with data; deviations are acted on.",
        _ => "Optimised: practices improve continuously from measurement, experiments and customer feedback.",
    };

    /// <summary>The level numbered <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside [1, 5].</exception>
    public static MaturityLevel Of(int value) => new(Guard.Against.OutsideRange(value, MinValue, MaxValue));

    /// <summary>The level named <paramref name="name"/> (case-insensitive; <c>optimized</c> is accepted too).</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not one of the five names.</exception>
    public static MaturityLevel Parse(string name)
    {
        Guard.Against.Null(name);
        return TryParse(name, out var level)
            ? level
            : throw new ArgumentException($"{nameof(name)} must be one of initial, developing, defined, managed, optimised (or 1-5); it was '{name}'.", nameof(name));
    }

    /// <summary>Tries to read a level from its name or its number ("3").</summary>
    public static bool TryParse([NotNullWhen(true)] string? name, out MaturityLevel level)
    {
        level = default;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        var text = name.Trim();
        if (text.Length == 1 && text[0] is >= '1' and <= '5')
        {
            level = new MaturityLevel(text[0] - '0');
            return true;
        }

        if (string.Equals(text, "optimized", StringComparison.OrdinalIgnoreCase))
        {
            level = Optimised;
            return true;
        }

        for (var i = 0; i < MaxValue; i++)
        {
            if (string.Equals(text, NameOf(i), StringComparison.OrdinalIgnoreCase))
            {
                level = new MaturityLevel(i + 1);
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public int CompareTo(MaturityLevel other) => _offset.CompareTo(other._offset);

    /// <summary>Text such as <c>3 defined</c>.</summary>
    public override string ToString() => $"{Value} {Name}";

    /// <summary>Ordering.</summary>
    public static bool operator <(MaturityLevel left, MaturityLevel right) => left._offset < right._offset;

    /// <summary>Ordering.</summary>
    public static bool operator >(MaturityLevel left, MaturityLevel right) => left._offset > right._offset;

    /// <summary>Ordering.</summary>
    public static bool operator <=(MaturityLevel left, MaturityLevel right) => left._offset <= right._offset;

    /// <summary>Ordering.</summary>
    public static bool operator >=(MaturityLevel left, MaturityLevel right) => left._offset >= right._offset;
}
