using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using Crm.Domain.Sales.Pricing;
using NodaTime;

namespace Crm.Domain.Sales.Quotes;

/// <summary>
/// A quote for an opportunity: draft → presented → accepted, rejected or expired, with revisions. Immutable: every
/// command returns the new quote.
/// </summary>
/// <remarks>
/// <para><b>Revisions.</b> <see cref="Revise"/> replaces the lines, tax rate and validity of a draft or presented
/// quote with revision <see cref="Revision"/> + 1 and makes it a draft again; the previous revision is superseded and
/// stays in <see cref="History"/> (its <see cref="QuoteDrafted"/> or <see cref="QuoteRevised"/> event).</para>
/// <para><b>Expiry.</b> A quote is valid before <see cref="ValidUntil"/>: it can be presented or accepted only before
/// then, and <see cref="Expire"/> closes an open quote only at or after then. The library has no clock: the host
/// calls <see cref="Expire"/> (for example when <see cref="IsLapsedAt"/> says so).</para>
/// <para><b>Totals.</b> <see cref="Subtotal"/> is the sum of the lines' <see cref="LineItem.Net"/>, each already
/// rounded to the currency's minor unit (<see cref="CurrencyRounding"/>); tax is explicit: <see cref="TaxPercent"/> is
/// null for a quote without tax, else <see cref="Tax"/> is the subtotal times the rate, rounded once the same way;
/// <see cref="Total"/> is their sum.</para>
/// <para><b>Errors.</b> A command in the wrong state throws <see cref="IllegalTransitionException"/> naming the state;
/// bad values throw <see cref="ArgumentException"/>s naming the parameter; nothing changes.</para>
/// <para><b>Storage</b> (see <see cref="IProcess{TEvent}"/>): <see cref="FromHistory"/>, <see cref="ToSnapshot"/>,
/// <see cref="FromSnapshot"/>. Thread-safe.</para>
/// </remarks>
public sealed class Quote : IProcess<QuoteEvent>, IHasEventLog<QuoteEvent>
{
    /// <summary>Longest rejection reason, in characters.</summary>
    public const int MaxReasonLength = 500;

    private readonly EventLog<QuoteEvent> _log;

    private Quote(QuoteDrafted drafted, int revision, QuoteState state, ImmutableArray<LineItem> lines, decimal? taxPercent, Instant validUntil, EventLog<QuoteEvent> log)
    {
        (Id, OpportunityId, Currency) = (drafted.Id, drafted.OpportunityId, drafted.Currency);
        (Revision, State, Lines, TaxPercent, ValidUntil) = (revision, state, lines, taxPercent, validUntil);
        Subtotal = lines.Aggregate(Money.Zero(Currency), (sum, line) => sum + line.Net);
        Tax = taxPercent is { } rate ? CurrencyRounding.Round(Subtotal * (rate / 100m)) : Money.Zero(Currency);
        _log = log;
    }

    /// <summary>The quote identifier.</summary>
    public string Id { get; }

    /// <summary>The opportunity it prices.</summary>
    public string OpportunityId { get; }

    /// <summary>The currency of every line and total.</summary>
    public Currency Currency { get; }

    /// <summary>The current revision number: 1 for the first draft, one more per <see cref="Revise"/>.</summary>
    public int Revision { get; }

    /// <summary>Where the quote stands.</summary>
    public QuoteState State { get; }

    /// <summary>The current revision's lines.</summary>
    public ImmutableArray<LineItem> Lines { get; }

    /// <summary>The tax rate in percent points (0–100), or null for a quote without tax.</summary>
    public decimal? TaxPercent { get; }

    /// <summary>The instant the current revision lapses: it can be presented or accepted only before it.</summary>
    public Instant ValidUntil { get; }

    /// <summary>The sum of the lines' rounded nets.</summary>
    public Money Subtotal { get; }

    /// <summary>The tax on <see cref="Subtotal"/>, rounded to the currency's minor unit; zero without tax.</summary>
    public Money Tax { get; }

    /// <summary><see cref="Subtotal"/> plus <see cref="Tax"/>.</summary>
    public Money Total => Subtotal + Tax;

    /// <summary>True once accepted, rejected or expired.</summary>
    public bool IsClosed => State is QuoteState.Accepted or QuoteState.Rejected or QuoteState.Expired;

    /// <summary>When it was first drafted.</summary>
    public Instant CreatedAt => _log.First.At;

    /// <summary>Every event, oldest first; the first is <see cref="QuoteDrafted"/>.</summary>
    public ImmutableArray<QuoteEvent> History => _log.Events;

    /// <inheritdoc />
    EventLog<QuoteEvent> IHasEventLog<QuoteEvent>.Log => _log;

    /// <inheritdoc />
    public int Version => _log.Length;

    private string Process => $"Quote {Id} rev {Revision}";

    /// <summary>True when the quote is still open at <paramref name="asOf"/> but its validity has run out, so
    /// <see cref="Expire"/> would succeed then.</summary>
    public bool IsLapsedAt(Instant asOf) => !IsClosed && asOf >= ValidUntil;

    /// <summary>Drafts revision 1 of a quote at <paramref name="at"/>.</summary>
    /// <param name="id">The quote identifier (letters, digits, '.', '-', '_').</param>
    /// <param name="opportunityId">The opportunity it prices (not blank).</param>
    /// <param name="currency">The currency of every line.</param>
    /// <param name="lines">The lines; may be empty while drafting (a quote is presented with at least one).</param>
    /// <param name="taxPercent">The tax rate in percent points (0–100), or null for no tax: always explicit.</param>
    /// <param name="validUntil">When the offer lapses; after <paramref name="at"/>.</param>
    /// <param name="at">When it was drafted.</param>
    /// <exception cref="ArgumentException">An invalid id, a blank opportunity id, a default currency, a default list, a
    /// null line, a line in another currency, two lines with one id, a tax rate outside 0–100, or a validity not after
    /// <paramref name="at"/>.</exception>
    public static Quote Draft(string id, string opportunityId, Currency currency, ImmutableArray<LineItem> lines, decimal? taxPercent, Instant validUntil, Instant at) =>
        Start(new QuoteDrafted(at, id, opportunityId, currency, lines, taxPercent, validUntil));

    /// <summary>Drafts revision 1 of a quote from an opportunity's line items (its id and currency).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="opportunity"/> is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="Draft"/>.</exception>
    public static Quote FromOpportunity(string id, Opportunity opportunity, decimal? taxPercent, Instant validUntil, Instant at)
    {
        Guard.Against.Null(opportunity);
        return Draft(id, opportunity.Id, opportunity.Amount.Currency, opportunity.LineItems, taxPercent, validUntil, at);
    }

    /// <summary>Rebuilds a quote from its events, checking each as the command that produced it would.</summary>
    /// <exception cref="ArgumentException">A null or empty history, or one that could not have happened; the message names the event's index.</exception>
    public static Quote FromHistory(IEnumerable<QuoteEvent> history) =>
        ProcessHistory.Replay(history, Start, (quote, e) => quote.Apply(e));

    /// <summary>Rebuilds a quote from a snapshot, after checking that its state is the state its history replays to.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The schema version is not 1.</exception>
    /// <exception cref="ArgumentException">The history is missing or could not have happened, or a state field disagrees with it.</exception>
    public static Quote FromSnapshot(QuoteSnapshot snapshot)
    {
        var quote = ProcessHistory.FromSnapshot(snapshot, s => (s.SchemaVersion, s.Version, s.History), FromHistory);
        const string type = nameof(QuoteSnapshot);
        ProcessHistory.RequireConsistent(string.Equals(snapshot.Id, quote.Id, StringComparison.Ordinal), type, "id");
        ProcessHistory.RequireConsistent(string.Equals(snapshot.OpportunityId, quote.OpportunityId, StringComparison.Ordinal), type, "opportunityId");
        ProcessHistory.RequireConsistent(snapshot.Currency == quote.Currency, type, "currency");
        ProcessHistory.RequireConsistent(snapshot.Revision == quote.Revision, type, "revision");
        ProcessHistory.RequireConsistent(snapshot.State == quote.State, type, "state");
        ProcessHistory.RequireConsistent(!snapshot.Lines.IsDefault && snapshot.Lines.SequenceEqual(quote.Lines), type, "lines");
        ProcessHistory.RequireConsistent(snapshot.TaxPercent == quote.TaxPercent, type, "taxPercent");
        ProcessHistory.RequireConsistent(snapshot.ValidUntil == quote.ValidUntil, type, "validUntil");
        ProcessHistory.RequireConsistent(snapshot.Subtotal == quote.Subtotal, type, "subtotal");
        ProcessHistory.RequireConsistent(snapshot.Tax == quote.Tax, type, "tax");
        ProcessHistory.RequireConsistent(snapshot.Total == quote.Total, type, "total");
        return quote;
    }

    /// <summary>The quote as a serialisable snapshot (schema version 1): its state and its whole history.</summary>
    public QuoteSnapshot ToSnapshot() =>
        new(ProcessHistory.SchemaVersion, Version, Id, OpportunityId, Currency, Revision, State, Lines, TaxPercent, ValidUntil, Subtotal, Tax, Total, History);

    /// <summary>Replaces the lines, tax rate and validity with revision <see cref="Revision"/> + 1 at <paramref name="at"/>;
    /// the quote is a draft again and the previous revision is superseded.</summary>
    /// <exception cref="IllegalTransitionException">The quote is closed.</exception>
    /// <exception cref="ArgumentException">As <see cref="Draft"/>, or <paramref name="at"/> before the last event.</exception>
    public Quote Revise(ImmutableArray<LineItem> lines, decimal? taxPercent, Instant validUntil, Instant at) =>
        Apply(new QuoteRevised(at, Revision + 1, lines, taxPercent, validUntil));

    /// <summary>Presents the current revision to the customer.</summary>
    /// <exception cref="IllegalTransitionException">Not a draft, no line, or the validity has run out at <paramref name="at"/>.</exception>
    public Quote Present(Instant at) => Apply(new QuotePresented(at));

    /// <summary>Records the customer's acceptance.</summary>
    /// <exception cref="IllegalTransitionException">Not presented, or the validity has run out at <paramref name="at"/>.</exception>
    public Quote Accept(Instant at) => Apply(new QuoteAccepted(at));

    /// <summary>Records the customer's refusal and why.</summary>
    /// <exception cref="IllegalTransitionException">Not presented.</exception>
    /// <exception cref="ArgumentException">A blank or over-long reason.</exception>
    public Quote Reject(Instant at, string reason) => Apply(new QuoteRejected(at, reason));

    /// <summary>Closes an unanswered quote whose validity has run out.</summary>
    /// <exception cref="IllegalTransitionException">The quote is closed, or still valid at <paramref name="at"/>.</exception>
    public Quote Expire(Instant at) => Apply(new QuoteExpired(at));

    /// <inheritdoc />
    public override string ToString() => $"{Id} rev {Revision} for {OpportunityId}: {Total} ({State}, valid until {ValidUntil})";

#pragma warning disable CA2208 // The private steps check an event's values: the messages name the commands' parameters.

    private static Quote Start(QuoteEvent e)
    {
        if (e is not QuoteDrafted drafted)
        {
            throw new ArgumentException($"A quote's history starts with {nameof(QuoteDrafted)}; it started with {e.GetType().Name}.", "history");
        }

        Guard.Against.InvalidIdentifier(drafted.Id, "quote", "id");
        Guard.Against.NullOrWhiteSpace(drafted.OpportunityId, "opportunityId");
        Guard.Against.Uninitialized(drafted.Currency, !drafted.Currency.IsDefault, "currency");
        EnsureTerms(drafted.Lines, drafted.Currency, drafted.TaxPercent, drafted.ValidUntil, drafted.At);
        return new Quote(drafted, 1, QuoteState.Draft, drafted.Lines, drafted.TaxPercent, drafted.ValidUntil, EventLog<QuoteEvent>.Start(drafted));
    }

    // The one place where a later event is checked against the quote and folded in (commands and replay).
    private Quote Apply(QuoteEvent e)
    {
        Guard.Against.Null(e);
        var log = ProcessHistory.Append(_log, e, Process);
        var drafted = (QuoteDrafted)_log.First;
        var state = State.ToString();
        switch (e)
        {
            case QuoteRevised revised:
                ProcessHistory.Require(!IsClosed, Process, state, "Revised", "a closed quote cannot be revised");
                if (revised.Revision != Revision + 1)
                {
                    throw new ArgumentException($"{Process}: the next revision is {Revision + 1}; it was {revised.Revision}.", "revision");
                }

                EnsureTerms(revised.Lines, Currency, revised.TaxPercent, revised.ValidUntil, revised.At);
                return new Quote(drafted, revised.Revision, QuoteState.Draft, revised.Lines, revised.TaxPercent, revised.ValidUntil, log);

            case QuotePresented presented:
                ProcessHistory.Require(State == QuoteState.Draft, Process, state, nameof(QuoteState.Presented), "only a draft is presented");
                ProcessHistory.Require(!Lines.IsEmpty, Process, state, nameof(QuoteState.Presented), "a quote without lines cannot be presented");
                EnsureValid(presented.At, nameof(QuoteState.Presented));
                return With(QuoteState.Presented, log);

            case QuoteAccepted accepted:
                ProcessHistory.Require(State == QuoteState.Presented, Process, state, nameof(QuoteState.Accepted), "only a presented quote is accepted");
                EnsureValid(accepted.At, nameof(QuoteState.Accepted));
                return With(QuoteState.Accepted, log);

            case QuoteRejected rejected:
                ProcessHistory.Require(State == QuoteState.Presented, Process, state, nameof(QuoteState.Rejected), "only a presented quote is rejected");
                Guard.Against.NullOrWhiteSpace(rejected.Reason, "reason");
                Guard.Against.TooLong(rejected.Reason, MaxReasonLength, "reason");
                return With(QuoteState.Rejected, log);

            case QuoteExpired expired:
                ProcessHistory.Require(!IsClosed, Process, state, nameof(QuoteState.Expired), "a closed quote cannot expire");
                ProcessHistory.Require(expired.At >= ValidUntil, Process, state, nameof(QuoteState.Expired), $"it is valid until {ValidUntil}");
                return With(QuoteState.Expired, log);

            case QuoteDrafted:
                throw new ArgumentException($"{Process} already exists: a history has one QuoteDrafted, its first event.", "history");

            default:
                throw new ArgumentException($"{e.GetType().Name} is not an event of a quote.", "history");
        }
    }

    private Quote With(QuoteState state, EventLog<QuoteEvent> log) =>
        new((QuoteDrafted)_log.First, Revision, state, Lines, TaxPercent, ValidUntil, log);

    private void EnsureValid(Instant at, string to) =>
        ProcessHistory.Require(at < ValidUntil, Process, State.ToString(), to, $"it lapsed at {ValidUntil}");

    private static void EnsureTerms(ImmutableArray<LineItem> lines, Currency currency, decimal? taxPercent, Instant validUntil, Instant at)
    {
        Guard.Against.DefaultArray(lines, nameof(lines));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            Guard.Against.NullElement(line, nameof(lines));
            if (line.Currency != currency)
            {
                throw new ArgumentException($"lines must be in {currency}; line '{line.Id}' is in {line.Currency}.", nameof(lines));
            }

            if (!ids.Add(line.Id))
            {
                throw new ArgumentException($"lines has the id '{line.Id}' twice.", nameof(lines));
            }
        }

        if (taxPercent is { } rate)
        {
            Guard.Against.OutsideRange(rate, 0m, 100m, nameof(taxPercent));
        }

        if (validUntil <= at)
        {
            throw new ArgumentOutOfRangeException(nameof(validUntil), validUntil, $"validUntil must be after the draft or revision ({at}); it was {validUntil}.");
        }
    }
#pragma warning restore CA2208
}
