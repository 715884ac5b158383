using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using Crm.Domain.Sales.Pricing;
using NodaTime;

namespace Crm.Domain.Sales;

/// <summary>
/// A sales opportunity: an amount expected to close on a date, moving through the stages to won or lost, with the
/// history of every change.
/// </summary>
/// <remarks>
/// <para>Open stages may move to any other stage (forward or back); a closed opportunity (won or lost) cannot move
/// or be re-forecast: <see cref="IllegalTransitionException"/> naming the stage. Event instants never go
/// backwards.</para>
/// <para>Storage: <see cref="FromHistory"/> rebuilds an opportunity from its events, <see cref="ToSnapshot"/> and
/// <see cref="FromSnapshot"/> convert to and from <see cref="OpportunitySnapshot"/>; both refuse what the commands
/// refuse. The events a command produced are <c>next.EventsSince(previous.Version)</c>.</para>
/// <para>Immutable and thread-safe: every command returns a new opportunity.</para>
/// </remarks>
public sealed partial class Opportunity : IProcess<OpportunityEvent>, IHasEventLog<OpportunityEvent>
{
    // The history as a persistent append-only log: a command appends in amortised O(1) (see EventLog).
    private readonly EventLog<OpportunityEvent> _log;

    private Opportunity(string id, string name, SalesParty party, string owner, Money amount, LocalDate expectedClose, OpportunityStage stage, EventLog<OpportunityEvent> history)
        : this(id, name, party, owner, amount, expectedClose, stage, [], history)
    {
    }

    private Opportunity(string id, string name, SalesParty party, string owner, Money amount, LocalDate expectedClose, OpportunityStage stage,
        ImmutableArray<LineItem> lineItems, EventLog<OpportunityEvent> history)
    {
        Id = id;
        Name = name;
        Party = party;
        Owner = owner;
        Amount = amount;
        ExpectedClose = expectedClose;
        Stage = stage;
        LineItems = lineItems;
        _log = history;
    }

    /// <summary>The opportunity identifier.</summary>
    public string Id { get; }

    /// <summary>What is being sold.</summary>
    [Personal]
    public string Name { get; }

    /// <summary>The customer or lead.</summary>
    public SalesParty Party { get; }

    /// <summary>The salesperson who owns it.</summary>
    public string Owner { get; }

    /// <summary>The expected amount (&gt;= 0).</summary>
    public Money Amount { get; }

    /// <summary>The business date it is expected to close.</summary>
    public LocalDate ExpectedClose { get; }

    /// <summary>The priced lines, in the order added; empty when the opportunity is forecast by <see cref="Amount"/> alone.</summary>
    public ImmutableArray<LineItem> LineItems { get; }

    /// <summary>The sum of the lines' rounded <see cref="LineItem.Net"/> amounts, or null when there is no line.</summary>
    public Money? LineItemsTotal => LineItems.IsEmpty ? null : LineItems.Aggregate(Money.Zero(Amount.Currency), (sum, line) => sum + line.Net);

    /// <summary>What the pipeline forecast weighs: <see cref="LineItemsTotal"/> when there are lines, else <see cref="Amount"/>.</summary>
    public Money ForecastAmount => LineItemsTotal ?? Amount;

    /// <summary>When it was opened.</summary>
    public Instant CreatedAt => _log.First.At;

    /// <summary>The current stage.</summary>
    public OpportunityStage Stage { get; }

    /// <summary>Every event, oldest first: <see cref="OpportunityCreated"/>, then <see cref="OpportunityStageChanged"/>
    /// <see cref="OpportunityReforecast"/>,
    /// <see cref="OpportunityLineItemAdded"/> and <see cref="OpportunityLineItemRemoved"/> in the order they happened.</summary>
    public ImmutableArray<OpportunityEvent> History => _log.Events;

    /// <inheritdoc />
    EventLog<OpportunityEvent> IHasEventLog<OpportunityEvent>.Log => _log;

    /// <summary>The number of events in <see cref="History"/> (1 after opening), for optimistic concurrency.</summary>
    public int Version => _log.Length;

    /// <summary>The collaborative-CRM partner the opportunity is attributed to (the last
    /// <see cref="OpportunityPartnerAttributed"/>); null when none. Read from the history.</summary>
    public OpportunityPartnerAttributed? Partner => PartnerAttribution.Last<OpportunityEvent, OpportunityPartnerAttributed>(_log);

    /// <summary>True while not won or lost.</summary>
    public bool IsOpen => Stage is not (OpportunityStage.ClosedWon or OpportunityStage.ClosedLost);

    private string Process => $"Opportunity {Id}";

    /// <summary>Opens an opportunity at <see cref="OpportunityStage.Prospecting"/>.</summary>
    /// <exception cref="ArgumentException">A text is blank, the party default, or the amount negative or of default currency.</exception>
    public static Opportunity Open(string id, string name, SalesParty party, string owner, Money amount, LocalDate expectedClose, Instant createdAt) =>
        Start(new OpportunityCreated(createdAt, id, name, party, owner, amount, expectedClose));

    /// <summary>
    /// Rebuilds an opportunity from its events, oldest first: an <see cref="OpportunityCreated"/>, then the events its
    /// commands appended. The result equals the opportunity that produced them.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentException">The history could not have happened: empty, not starting with its creation, a
    /// second creation, a change of a closed opportunity, a <see cref="OpportunityStageChanged.From"/> that is not the
    /// stage at that point, an instant before the previous one, or a value a command refuses (blank text, negative
    /// amount, another currency, undefined stage...); the message names the event's index.</exception>
    public static Opportunity FromHistory(IEnumerable<OpportunityEvent> history) =>
        ProcessHistory.Replay(history,
            e => e is OpportunityCreated created ? Start(created) : throw new ArgumentException($"the first event must be an OpportunityCreated; it was a {e.GetType().Name}.", nameof(history)),
            (opportunity, e) => opportunity.Apply(e));

    /// <summary>Rebuilds an opportunity from a snapshot, after checking that its state is the state its history replays to.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The schema version is not 1.</exception>
    /// <exception cref="ArgumentException">The history is missing or could not have happened (see <see cref="FromHistory"/>), or a state
    /// field disagrees with it.</exception>
    public static Opportunity FromSnapshot(OpportunitySnapshot snapshot)
    {
        var opportunity = ProcessHistory.FromSnapshot(snapshot, s => (s.SchemaVersion, s.Version, s.History), FromHistory);
        const string type = nameof(OpportunitySnapshot);
        ProcessHistory.RequireConsistent(string.Equals(snapshot.Id, opportunity.Id, StringComparison.Ordinal), type, "id");
        ProcessHistory.RequireConsistent(string.Equals(snapshot.Name, opportunity.Name, StringComparison.Ordinal), type, "name");
        ProcessHistory.RequireConsistent(snapshot.Party == opportunity.Party, type, "party");
        ProcessHistory.RequireConsistent(string.Equals(snapshot.Owner, opportunity.Owner, StringComparison.Ordinal), type, "owner");
        ProcessHistory.RequireConsistent(snapshot.Amount == opportunity.Amount, type, "amount");
        ProcessHistory.RequireConsistent(snapshot.ExpectedClose == opportunity.ExpectedClose, type, "expectedClose");
        ProcessHistory.RequireConsistent(snapshot.CreatedAt == opportunity.CreatedAt, type, "createdAt");
        ProcessHistory.RequireConsistent(snapshot.Stage == opportunity.Stage, type, "stage");
        ProcessHistory.RequireConsistent(snapshot.LineItems.SequenceEqual(opportunity.LineItems), type, "lineItems");
        return opportunity;
    }

    /// <summary>The opportunity as a serialisable snapshot (schema version 1): its state and its whole history.</summary>
    public OpportunitySnapshot ToSnapshot() =>
        new(ProcessHistory.SchemaVersion, Version, Id, Name, Party, Owner, Amount, ExpectedClose, CreatedAt, Stage, History) { LineItems = LineItems };

    /// <summary>Moves to <paramref name="stage"/> at <paramref name="at"/> (appends an <see cref="OpportunityStageChanged"/>).</summary>
    /// <exception cref="IllegalTransitionException">The opportunity is closed, or already at that stage.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The stage is undefined, or <paramref name="at"/> is before the last event.</exception>
    public Opportunity MoveTo(OpportunityStage stage, Instant at) => Apply(new OpportunityStageChanged(Stage, stage, at));

    /// <summary>A new amount and expected close date at <paramref name="at"/> (open opportunities only; appends an
    /// <see cref="OpportunityReforecast"/>).</summary>
    /// <param name="amount">The new expected amount, &gt;= 0, in the opportunity's currency.</param>
    /// <param name="expectedClose">The new expected close date.</param>
    /// <param name="at">When the forecast changed; not before the last event.</param>
    /// <exception cref="IllegalTransitionException">The opportunity is closed.</exception>
    /// <exception cref="ArgumentException">The amount is negative or in another currency, or <paramref name="at"/> is before the last event.</exception>
    public Opportunity Reforecast(Money amount, LocalDate expectedClose, Instant at) => Apply(new OpportunityReforecast(at, amount, expectedClose));

    /// <summary>Adds a priced line at <paramref name="at"/> (open opportunities only; appends an <see cref="OpportunityLineItemAdded"/>).
    /// <see cref="Amount"/> is kept; the forecast weighs the lines (<see cref="ForecastAmount"/>).</summary>
    /// <exception cref="IllegalTransitionException">The opportunity is closed.</exception>
    /// <exception cref="ArgumentException">The line is null, in another currency, or its id is already used; or
    /// <paramref name="at"/> is before the last event.</exception>
    public Opportunity AddLineItem(LineItem item, Instant at) => Apply(new OpportunityLineItemAdded(at, item));

    /// <summary>Removes the line <paramref name="lineId"/> at <paramref name="at"/> (open opportunities only; appends an
    /// <see cref="OpportunityLineItemRemoved"/>).</summary>
    /// <exception cref="IllegalTransitionException">The opportunity is closed.</exception>
    /// <exception cref="ArgumentException">No line has that id, or <paramref name="at"/> is before the last event.</exception>
    public Opportunity RemoveLineItem(string lineId, Instant at) => Apply(new OpportunityLineItemRemoved(at, lineId));

    /// <summary>Attributes the opportunity to a partner (appends an <see cref="OpportunityPartnerAttributed"/>; allowed in
    /// every stage, a later attribution replaces an earlier one).</summary>
    /// <exception cref="ArgumentException"><paramref name="partnerId"/> is blank or longer than 128 characters, or
    /// <paramref name="kind"/> is <see cref="PartnerKind.Unknown"/> or undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last event.</exception>
    public Opportunity AttributeTo(string partnerId, PartnerKind kind, Instant at) => Apply(new OpportunityPartnerAttributed(at, partnerId, kind));

    /// <inheritdoc />
    /// <remarks>Leaves <see cref="Name"/> out: it is free text that can name a person (issue 17: no <c>ToString</c>
    /// prints personal data).</remarks>
    public override string ToString() => $"{Id} ({Party}): {Amount} at {Stage}, closing {ExpectedClose}";

    // The creation rules, shared by Open and replay.
    private static Opportunity Start(OpportunityCreated e)
    {
        Guard.Against.NullOrWhiteSpace(e.Id, "id");
        Guard.Against.NullOrWhiteSpace(e.Name, "name");
        Guard.Against.Uninitialized(e.Party, e.Party.Kind != SalesPartyKind.Unknown, "party");
        Guard.Against.NullOrWhiteSpace(e.Owner, "owner");
        EnsureAmount(e.Amount);
        return new Opportunity(e.Id, e.Name, e.Party, e.Owner, e.Amount, e.ExpectedClose, OpportunityStage.Prospecting, EventLog<OpportunityEvent>.Start(e));
    }

    // Every rule for an event after the creation: commands and replay both come through here.
    private Opportunity Apply(OpportunityEvent e) => e switch
    {
        OpportunityStageChanged change => Apply(change),
        OpportunityReforecast forecast => Apply(forecast),
        OpportunityLineItemAdded added => Apply(added),
        OpportunityLineItemRemoved removed => Apply(removed),
        OpportunityPartnerAttributed partner => new Opportunity(Id, Name, Party, Owner, Amount, ExpectedClose, Stage, LineItems,
            ProcessHistory.Append(_log, PartnerAttribution.Checked(partner, partner.PartnerId, partner.Kind), Process)),
        OpportunityErased erased => Apply(erased),
        OpportunityCreated => throw new ArgumentException($"{Process} already exists: a history has one OpportunityCreated, its first event.", nameof(e)),
        _ => throw new ArgumentException($"{e.GetType().Name} is not an event of an opportunity.", nameof(e)),
    };

    private Opportunity Apply(OpportunityStageChanged e)
    {
        Guard.Against.UndefinedEnum(e.To, allowDefault: true, parameterName: "stage");
        EnsureOpen(e.To.ToString());
        if (e.To == Stage)
        {
            throw new IllegalTransitionException(Process, Stage.ToString(), e.To.ToString(), "it is already at that stage");
        }

        if (e.From != Stage)
        {
            throw new ArgumentException($"{Process}: from must be the stage at that point ({Stage}); it was {e.From}.", nameof(e));
        }

        return new Opportunity(Id, Name, Party, Owner, Amount, ExpectedClose, e.To, LineItems, ProcessHistory.Append(_log, e, Process));
    }

    private Opportunity Apply(OpportunityReforecast e)
    {
        EnsureAmount(e.Amount);
        if (e.Amount.Currency != Amount.Currency)
        {
#pragma warning disable CA2208 // Named after Reforecast's parameter, which is what the caller passed.
            throw new ArgumentException($"amount must stay in {Amount.Currency}; it was {e.Amount}.", "amount");
#pragma warning restore CA2208
        }

        EnsureOpen("reforecast");
        return new Opportunity(Id, Name, Party, Owner, e.Amount, e.ExpectedClose, Stage, LineItems, ProcessHistory.Append(_log, e, Process));
    }

#pragma warning disable CA2208 // The messages name the commands' parameters, which is what the caller passed.
    private Opportunity Apply(OpportunityLineItemAdded e)
    {
        Guard.Against.Null(e.Item, "item");
        if (e.Item.Currency != Amount.Currency)
        {
            throw new ArgumentException($"item must be in {Amount.Currency}; it was in {e.Item.Currency}.", "item");
        }

        if (LineItems.Any(l => l.Id == e.Item.Id))
        {
            throw new ArgumentException($"{Process} already has a line '{e.Item.Id}'.", "item");
        }

        EnsureOpen("lineItemAdded");
        return new Opportunity(Id, Name, Party, Owner, Amount, ExpectedClose, Stage, LineItems.Add(e.Item), ProcessHistory.Append(_log, e, Process));
    }

    private Opportunity Apply(OpportunityLineItemRemoved e)
    {
        Guard.Against.NullOrWhiteSpace(e.LineId, "lineId");
        var index = -1;
        for (var i = 0; i < LineItems.Length && index < 0; i++)
        {
            index = LineItems[i].Id == e.LineId ? i : -1;
        }

        if (index < 0)
        {
            throw new ArgumentException($"{Process} has no line '{e.LineId}'.", "lineId");
        }

        EnsureOpen("lineItemRemoved");
        return new Opportunity(Id, Name, Party, Owner, Amount, ExpectedClose, Stage, LineItems.RemoveAt(index), ProcessHistory.Append(_log, e, Process));
    }
#pragma warning restore CA2208

    private void EnsureOpen(string to)
    {
        if (!IsOpen)
        {
            throw new IllegalTransitionException(Process, Stage.ToString(), to, "a closed opportunity cannot change");
        }
    }

    private static void EnsureAmount(Money amount)
    {
        Guard.Against.NegativeAmount(amount);
    }
}
