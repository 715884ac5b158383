using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using Crm.Domain.Privacy;
using NodaTime;

namespace Crm.Domain.PersonalData;

/// <summary>
/// What one erasure request does to every aggregate the host gives: each that holds the subject's personal data is
/// erased (<see cref="ErasureAction.Erase"/>) unless a <see cref="LegalHold"/> keeps it; aggregates holding only
/// links, or already erased, are listed and left. <see cref="Execute"/> produces the erasure events.
/// </summary>
/// <remarks>
/// <para>Build one with <see cref="For"/> from an erasure request whose identity is verified; show <see cref="Items"/>
/// to the controller (and, with the holds' reasons, to the requester); then <see cref="Execute"/> it. Pure: nothing is
/// stored; the host stores each erased aggregate, replacing its history (erasure rewrites earlier events).</para>
/// <para>Immutable and thread-safe. Its text shows the request and the counts, never personal data.</para>
/// </remarks>
public sealed class ErasurePlan
{
    private readonly ImmutableArray<IPersonalDataHolder> _holders;

    private ErasurePlan(string requestId, CustomerId subject, ImmutableArray<ErasurePlanItem> items, ImmutableArray<IPersonalDataHolder> holders)
    {
        RequestId = requestId;
        Subject = subject;
        Items = items;
        _holders = holders;
    }

    /// <summary>The erasure request.</summary>
    public string RequestId { get; }

    /// <summary>The person.</summary>
    public CustomerId Subject { get; }

    /// <summary>One item per aggregate that holds anything about the subject, in the order the holders were given.</summary>
    public ImmutableArray<ErasurePlanItem> Items { get; }

    /// <summary>True when a legal hold keeps some data (the request is then answered in part, saying why).</summary>
    public bool HasLegalHolds => Items.Any(i => i.Action == ErasureAction.KeepUnderLegalHold);

    /// <summary>The plan for <paramref name="request"/> over <paramref name="holders"/>.</summary>
    /// <param name="request">An erasure request whose identity is verified and that is open.</param>
    /// <param name="holders">Every aggregate the host holds that may carry the person's data; each kind and identifier once.</param>
    /// <param name="holds">Legal holds, each on one of the holders that holds the subject's personal data; null for none.</param>
    /// <exception cref="ArgumentException">A null argument or element, a request of another kind, a holder twice, a hold
    /// on an aggregate not given or holding no personal data of the subject, or two holds on one aggregate.</exception>
    /// <exception cref="IllegalTransitionException">The request's identity is not verified, or it is closed.</exception>
    public static ErasurePlan For(DataSubjectRequest request, IEnumerable<IPersonalDataHolder> holders, IEnumerable<LegalHold>? holds = null)
    {
        Guard.Against.Null(request);
        if (request.Kind != DataSubjectRequestKind.Erasure)
        {
            throw new ArgumentException($"request must be an erasure request; it was {request.Kind}.", nameof(request));
        }

        var given = PersonalDataHolders.Distinct(holders);
        var byTarget = new Dictionary<(string, string), LegalHold>();
        foreach (var hold in holds ?? [])
        {
            Guard.Against.NullElement(hold, nameof(holds));
            if (!byTarget.TryAdd((hold.Kind, hold.Id), hold))
            {
                throw new ArgumentException($"holds: {hold.Kind} {hold.Id} is held twice.", nameof(holds));
            }
        }

        PersonalDataHolders.RequireVerified(request);
        var subject = request.Subject;
        var items = ImmutableArray.CreateBuilder<ErasurePlanItem>();
        foreach (var holder in given)
        {
            var holding = holder.Holding(subject);
            var held = byTarget.Remove((holder.Kind, holder.Id), out var hold);
            if (held && holding != PersonalDataHolding.PersonalData)
            {
                throw new ArgumentException($"holds: {holder.Kind} {holder.Id} holds no personal data of the subject to keep ({holding}).", nameof(holds));
            }

            ErasurePlanItem? item = holding switch
            {
                PersonalDataHolding.Nothing => null,
                PersonalDataHolding.Erased => new(holder.Kind, holder.Id, ErasureAction.AlreadyErased, "already erased"),
                PersonalDataHolding.LinksOnly => new(holder.Kind, holder.Id, ErasureAction.KeepLinks,
                    "holds only the subject's identifier beside non-personal facts, kept for counts"),
                _ when held => new(holder.Kind, holder.Id, ErasureAction.KeepUnderLegalHold, $"legal hold: {hold!.Reason}"),
                _ => new(holder.Kind, holder.Id, ErasureAction.Erase, "personal data erased; counts and non-personal facts kept"),
            };
            if (item is not null)
            {
                items.Add(item);
            }
        }

        if (byTarget.Count > 0)
        {
            var (kind, id) = byTarget.Keys.First();
            throw new ArgumentException($"holds: {kind} {id} is not among the holders given.", nameof(holds));
        }

        return new ErasurePlan(request.Id, subject, items.ToImmutable(), given);
    }

    /// <summary>Erases the subject from every aggregate whose item says <see cref="ErasureAction.Erase"/>, by
    /// <paramref name="actor"/> at <paramref name="at"/>.</summary>
    /// <returns>The erasures (one per erased aggregate, with its erasure event) and every holder after them.</returns>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is <c>default</c>, or <paramref name="at"/> is before
    /// an erased aggregate's last event.</exception>
    /// <exception cref="AccessDeniedException">The actor may not erase the customer.</exception>
    public ErasureResult Execute(Actor actor, Instant at)
    {
        Guard.Against.Uninitialized(actor, !actor.IsDefault);
        var toErase = Items.Where(i => i.Action == ErasureAction.Erase).Select(i => (i.Kind, i.Id)).ToHashSet();
        var erasures = ImmutableArray.CreateBuilder<PersonalDataErasure>();
        var after = ImmutableArray.CreateBuilder<IPersonalDataHolder>(_holders.Length);
        foreach (var holder in _holders)
        {
            if (toErase.Contains((holder.Kind, holder.Id)))
            {
                var erasure = holder.EraseSubject(Subject, actor, at);
                erasures.Add(erasure);
                after.Add(erasure.Holder);
            }
            else
            {
                after.Add(holder);
            }
        }

        return new ErasureResult(this, erasures.ToImmutable(), after.MoveToImmutable());
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"Erasure plan for request {RequestId} (customer {Subject}): {Count(ErasureAction.Erase)} to erase, {Count(ErasureAction.KeepUnderLegalHold)} kept under legal hold, "
        + $"{Count(ErasureAction.KeepLinks)} holding links only, {Count(ErasureAction.AlreadyErased)} already erased";

    private int Count(ErasureAction action) => Items.Count(i => i.Action == action);
}
