using System.Collections.Immutable;
using NodaTime;

namespace Crm.Domain.Acquisition;

/// <summary>A lead's strategy tags were replaced (<see cref="Lead.WithStrategies"/>).</summary>
/// <param name="At">When the tags were replaced.</param>
/// <param name="Strategies">The new tags: defined, not <see cref="AcquisitionStrategy.Unknown"/>, distinct and in ascending order.</param>
/// <remarks>Equality compares <paramref name="Strategies"/> element by element.</remarks>
public sealed record LeadStrategiesChanged(Instant At, ImmutableArray<AcquisitionStrategy> Strategies) : LeadEvent(At)
{
    /// <inheritdoc />
    public bool Equals(LeadStrategiesChanged? other) =>
        other is not null && base.Equals(other) && SameTags(Strategies, other.Strategies);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Strategies.IsDefault ? 0 : Strategies.Length);

    // ImmutableArray's own equality is by reference: events read back from JSON must still equal the originals.
    internal static bool SameTags(ImmutableArray<AcquisitionStrategy> a, ImmutableArray<AcquisitionStrategy> b) =>
        a.IsDefault || b.IsDefault ? a.IsDefault == b.IsDefault : a.AsSpan().SequenceEqual(b.AsSpan());
}
