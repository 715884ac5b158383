using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>The customer was erased (anonymised, <see cref="Customer.Erase"/>).</summary>
/// <remarks>The erasure rewrote every earlier event into its redacted form (see <see cref="CustomerEvent"/>), so it
/// appears only in a redacted history (one whose <see cref="CustomerRegistered"/> has no name), at most once. A host
/// that stores events must replace the customer's stored history by the new <see cref="Customer.History"/>.</remarks>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
public sealed record CustomerErased(Instant At, Actor Actor) : CustomerEvent(At, Actor)
{
    internal override CustomerEvent Redacted() => this;
}
