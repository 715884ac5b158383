using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>
/// One entry of a customer's timeline: an order, a support contact, a complaint, an offer sent... with its instant,
/// channel, touchpoint class and direction, identified by the host system's reference.
/// </summary>
/// <remarks>An interaction carries no free text, so it holds no personal data and survives erasure unchanged (the
/// aggregates that count interactions stay right). Equality is by value. Immutable and thread-safe.</remarks>
public sealed class Interaction : IEquatable<Interaction>
{
    /// <summary>The longest reference accepted.</summary>
    public const int MaxReferenceLength = 128;

    [JsonConstructor]
    internal Interaction(string reference, Instant at, InteractionKind kind, Channel channel, TouchpointClass touchpoint, InteractionDirection direction)
    {
        Guard.Against.NullOrWhiteSpace(reference);
        Guard.Against.TooLong(reference, MaxReferenceLength);
        Guard.Against.UndefinedEnum(kind, allowDefault: true);
        Touchpoints.ClassOf(channel);
        Guard.Against.UndefinedEnum(touchpoint);
        Guard.Against.UndefinedEnum(direction);

        Reference = reference;
        At = at;
        Kind = kind;
        Channel = channel;
        Touchpoint = touchpoint;
        Direction = direction;
    }

    /// <summary>The host system's reference (an order number, a ticket id); not personal data.</summary>
    [NotPersonal("a key of the host's record of the interaction")]
    public string Reference { get; }

    /// <summary>When it happened.</summary>
    public Instant At { get; }

    /// <summary>What it was about.</summary>
    public InteractionKind Kind { get; }

    /// <summary>The channel used.</summary>
    public Channel Channel { get; }

    /// <summary>The touchpoint class.</summary>
    public TouchpointClass Touchpoint { get; }

    /// <summary>Who started it.</summary>
    public InteractionDirection Direction { get; }

    /// <summary>Creates an interaction; the touchpoint class defaults to <see cref="Touchpoints.ClassOf"/> of the channel.</summary>
    /// <exception cref="ArgumentException">Blank or too long reference, unknown channel, touchpoint class or direction.</exception>
    public static Interaction Create(string reference, Instant at, InteractionKind kind, Channel channel, InteractionDirection direction, TouchpointClass? touchpoint = null) =>
        new(reference, at, kind, channel, touchpoint ?? Touchpoints.ClassOf(channel), direction);

    /// <inheritdoc />
    public bool Equals(Interaction? other) =>
        other is not null && string.Equals(Reference, other.Reference, StringComparison.Ordinal) && At == other.At && Kind == other.Kind
        && Channel == other.Channel && Touchpoint == other.Touchpoint && Direction == other.Direction;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Interaction);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Reference, At, Kind, Channel, Touchpoint, Direction);

    /// <inheritdoc />
    public override string ToString() => $"{Direction} {Kind} via {Channel} ({Touchpoint}) at {At}";

    /// <summary>Equality.</summary>
    public static bool operator ==(Interaction? left, Interaction? right) => left?.Equals(right) ?? right is null;

    /// <summary>Inequality.</summary>
    public static bool operator !=(Interaction? left, Interaction? right) => !(left == right);
}
