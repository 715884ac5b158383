using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Sales;

/// <summary>
/// A sales opportunity: an amount expected to close on a date, moving through the stages to won or lost, with the
/// history of every stage change.
/// </summary>
/// <remarks>
/// <para>Open stages may move to any other stage (forward or back); a closed opportunity (won or lost) cannot move
/// or be re-forecast: <see cref="IllegalTransitionException"/> naming the stage. Stage-change instants never go
/// backwards.</para>
/// <para>Immutable and thread-safe: every method returns a new opportunity.</para>
/// </remarks>
public sealed class Opportunity
{
    private Opportunity(string id, string name, SalesParty party, string owner, Money amount, LocalDate expectedClose, Instant createdAt, OpportunityStage stage, ImmutableArray<OpportunityStageChanged> history)
    {
        Id = id;
        Name = name;
        Party = party;
        Owner = owner;
        Amount = amount;
        ExpectedClose = expectedClose;
        CreatedAt = createdAt;
        Stage = stage;
        History = history;
    }

    /// <summary>The opportunity identifier.</summary>
    public string Id { get; }

    /// <summary>What is being sold.</summary>
    public string Name { get; }

    /// <summary>The customer or lead.</summary>
    public SalesParty Party { get; }

    /// <summary>The salesperson who owns it.</summary>
    public string Owner { get; }

    /// <summary>The expected amount (&gt;= 0).</summary>
    public Money Amount { get; }

    /// <summary>The business date it is expected to close.</summary>
    public LocalDate ExpectedClose { get; }

    /// <summary>When it was opened.</summary>
    public Instant CreatedAt { get; }

    /// <summary>The current stage.</summary>
    public OpportunityStage Stage { get; }

    /// <summary>Every stage change, oldest first.</summary>
    public ImmutableArray<OpportunityStageChanged> History { get; }

    /// <summary>True while not won or lost.</summary>
    public bool IsOpen => Stage is not (OpportunityStage.ClosedWon or OpportunityStage.ClosedLost);

    /// <summary>Opens an opportunity at <see cref="OpportunityStage.Prospecting"/>.</summary>
    /// <exception cref="ArgumentException">A text is blank, the party default, or the amount negative or of default currency.</exception>
    public static Opportunity Open(string id, string name, SalesParty party, string owner, Money amount, LocalDate expectedClose, Instant createdAt)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Uninitialized(party, party.Kind != SalesPartyKind.Unknown);
        Guard.Against.NullOrWhiteSpace(owner);
        EnsureAmount(amount);
        return new Opportunity(id, name, party, owner, amount, expectedClose, createdAt, OpportunityStage.Prospecting, []);
    }

    /// <summary>Moves to <paramref name="stage"/> at <paramref name="at"/>.</summary>
    /// <exception cref="IllegalTransitionException">The opportunity is closed, or already at that stage.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The stage is undefined, or <paramref name="at"/> is before the last change.</exception>
    public Opportunity MoveTo(OpportunityStage stage, Instant at)
    {
        Guard.Against.EnumOutOfRange(stage);
        EnsureOpen(stage.ToString());
        if (stage == Stage)
        {
            throw new IllegalTransitionException($"Opportunity {Id}", Stage.ToString(), stage.ToString(), "it is already at that stage");
        }

        var last = History.IsEmpty ? CreatedAt : History[^1].At;
        if (at < last)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"at must not be before the previous change ({last}); it was {at}.");
        }

        return new Opportunity(Id, Name, Party, Owner, Amount, ExpectedClose, CreatedAt, stage, History.Add(new OpportunityStageChanged(Id, Stage, stage, at)));
    }

    /// <summary>A new amount and expected close date (open opportunities only).</summary>
    /// <exception cref="IllegalTransitionException">The opportunity is closed.</exception>
    /// <exception cref="ArgumentException">The amount is negative or in another currency.</exception>
    public Opportunity Reforecast(Money amount, LocalDate expectedClose)
    {
        EnsureAmount(amount);
        if (amount.Currency != Amount.Currency)
        {
            throw new ArgumentException($"amount must stay in {Amount.Currency}; it was {amount}.", nameof(amount));
        }

        EnsureOpen("reforecast");
        return new Opportunity(Id, Name, Party, Owner, amount, expectedClose, CreatedAt, Stage, History);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Name} ({Party}): {Amount} at {Stage}, closing {ExpectedClose}";

    private void EnsureOpen(string to)
    {
        if (!IsOpen)
        {
            throw new IllegalTransitionException($"Opportunity {Id}", Stage.ToString(), to, "a closed opportunity cannot change");
        }
    }

    private static void EnsureAmount(Money amount)
    {
        Guard.Against.Uninitialized(amount, !amount.Currency.IsDefault);
        if (amount.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, $"amount must be >= 0; it was {amount}.");
        }
    }
}
