using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>An interaction was added to the timeline (<see cref="Customer.RecordInteraction"/>, <see cref="FieldGroup.Interactions"/>).</summary>
/// <remarks><see cref="CustomerEvent.At"/> is the previous event's instant (the command takes none); the interaction's
/// own <see cref="Interaction.At"/> is when it happened. An interaction holds no personal data: erasure keeps it.</remarks>
/// <param name="At">The previous event's instant.</param>
/// <param name="Actor">Who.</param>
/// <param name="Interaction">The interaction.</param>
public sealed record InteractionRecorded(Instant At, Actor Actor, Interaction Interaction) : CustomerEvent(At, Actor)
{
    internal override CustomerEvent Redacted() => this;
}
