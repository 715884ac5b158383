using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Sales;

/// <summary>A follow-up: something an owner must do for a customer or lead by a due instant, for a purpose.</summary>
/// <remarks>
/// <para>Open until completed. Overdue as of an instant when still open and that instant is after
/// <see cref="Due"/>. The purpose is what makes two follow-ups "the same" (compared trimmed and ignoring case):
/// <see cref="SalesJournal"/> refuses a second open follow-up of one party for one purpose.</para>
/// <para>A follow-up lives in a <see cref="SalesJournal"/>, which enforces the rules across follow-ups and stores
/// its lifecycle as journal events; on its own it is a value that reports its state.</para>
/// <para>Immutable and thread-safe: <see cref="Complete"/> returns a new follow-up.</para>
/// </remarks>
public sealed class FollowUp
{
    /// <summary>Creates a follow-up, validating every value.</summary>
    /// <exception cref="ArgumentException">A text is blank, the party default, the due instant before the creation, or the completion before the creation.</exception>
    [JsonConstructor]
    public FollowUp(string id, SalesParty party, string purpose, string owner, Instant createdAt, Instant due, Instant? completedAt = null)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Party = Guard.Against.Uninitialized(party, party.Kind != SalesPartyKind.Unknown);
        Purpose = Guard.Against.NullOrWhiteSpace(purpose).Trim();
        Owner = Guard.Against.NullOrWhiteSpace(owner);
        if (due < createdAt)
        {
            throw new ArgumentOutOfRangeException(nameof(due), due, $"due must not be before createdAt ({createdAt}); it was {due}.");
        }

        if (completedAt < createdAt)
        {
            throw new ArgumentOutOfRangeException(nameof(completedAt), completedAt, $"completedAt must not be before createdAt ({createdAt}); it was {completedAt}.");
        }

        CreatedAt = createdAt;
        Due = due;
        CompletedAt = completedAt;
    }

    /// <summary>The follow-up identifier.</summary>
    public string Id { get; }

    /// <summary>The customer or lead.</summary>
    public SalesParty Party { get; }

    /// <summary>What it is for ("send quote", "renewal call"), trimmed.</summary>
    [Personal]
    public string Purpose { get; }

    /// <summary>Who must do it.</summary>
    public string Owner { get; }

    /// <summary>When it was created.</summary>
    public Instant CreatedAt { get; }

    /// <summary>When it is due.</summary>
    public Instant Due { get; }

    /// <summary>When it was completed; null while open.</summary>
    public Instant? CompletedAt { get; }

    /// <summary>True until completed.</summary>
    [JsonIgnore]
    public bool IsOpen => CompletedAt is null;

    /// <summary>True when still open and <paramref name="asOf"/> is after <see cref="Due"/>.</summary>
    public bool IsOverdue(Instant asOf) => IsOpen && asOf > Due;

    /// <summary>True when <paramref name="party"/> and <paramref name="purpose"/> name this follow-up's party and purpose.</summary>
    public bool IsFor(SalesParty party, string purpose) =>
        Party == party && string.Equals(Purpose, Guard.Against.Null(purpose).Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>This follow-up, completed at <paramref name="at"/>.</summary>
    /// <exception cref="InvalidOperationException">It is already completed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the creation.</exception>
    public FollowUp Complete(Instant at) => IsOpen
        ? new FollowUp(Id, Party, Purpose, Owner, CreatedAt, Due, at)
        : throw new Primitives.IllegalTransitionException($"Follow-up {Id}", "Completed", "Completed", $"it was already completed at {CompletedAt}");

    /// <inheritdoc />
    /// <remarks>Names the follow-up by its id, not its purpose: the purpose is free text that can hold personal data
    /// (issue 17: no <c>ToString</c> prints personal data).</remarks>
    public override string ToString() => $"follow-up {Id} for {Party} by {Owner}, due {Due}{(IsOpen ? string.Empty : $", done {CompletedAt}")}";
}
