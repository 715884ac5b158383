using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>The notes were set or cleared (<see cref="Customer.SetNotes"/>, <see cref="FieldGroup.Notes"/>).</summary>
/// <remarks>Redacted form (after erasure): <see cref="Notes"/> null.</remarks>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Notes">The notes as given (personal data), at most <see cref="Customer.MaxNotesLength"/> characters; null or
/// blank clears them; always null in a redacted history.</param>
public sealed record NotesSet(Instant At, Actor Actor, [property: Personal] string? Notes) : CustomerEvent(At, Actor)
{
    /// <summary>The event's kind, instant and actor; never its personal data.</summary>
    public override string ToString() => $"{nameof(NotesSet)} at {At} by {Actor}";

    internal override CustomerEvent Redacted() => this with { Notes = null };
}
