using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Idic.Identify;

/// <summary>
/// Merges two records of the same customer into a golden record by survivorship rules, losing nothing: every
/// consent record and every interaction of both is kept, contact points are united, and the other values of each
/// field group come from the record the rule picks (gaps filled from the other record).
/// </summary>
/// <remarks>
/// <para>The golden record is the identity winner with a <see cref="CustomerMerged"/> event appended (carrying the other
/// record's history and the survivorship decisions), so it can be stored and replayed like any customer: it keeps the
/// id, source and policy of the identity winner, the earliest creation instant, both audit trails (the winner's first
/// among entries of the same instant) plus the merge entry, and lists the other id (and anything either had merged)
/// in <see cref="Customer.MergedFrom"/>. Where both records have the same contact target, the one recorded last wins.
/// The merge instant must not be before the identity winner's last event.</para>
/// <para>The actor needs change access to every field group (a merge rewrites them all); otherwise the result is a
/// refusal with nothing merged. Erased records cannot be merged (<see cref="IllegalTransitionException"/>).</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class CustomerMerger
{
    /// <summary>Merges <paramref name="a"/> and <paramref name="b"/>.</summary>
    /// <exception cref="ArgumentException">Null records or policy, default actor, or the same id twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the identity winner's last event.</exception>
    /// <exception cref="IllegalTransitionException">One of the records is erased.</exception>
    public static MergeResult Merge(Customer a, Customer b, SurvivorshipPolicy policy, Actor actor, Instant at)
    {
        Guard.Against.Null(a);
        Guard.Against.Null(b);
        Guard.Against.Null(policy);
        Guard.Against.Uninitialized(actor, !actor.IsDefault);
        if (a.Id == b.Id)
        {
            throw new ArgumentException($"Cannot merge customer {a.Id} with itself.", nameof(b));
        }

        foreach (var group in DataAccessPolicy.FieldGroups)
        {
            var reason = a.Policy.RefusalReason(actor, group, AccessLevel.Change) ?? b.Policy.RefusalReason(actor, group, AccessLevel.Change);
            if (reason is not null)
            {
                return new MergeResult(null, new AuditEntry(at, a.Id, actor, group, AuditAction.Merge, "Merge:" + b.Id, null, null, AuditOutcome.Denied, reason, a.Policy.PlayerOf(actor.Role)), []);
            }
        }

        if (a.IsErased || b.IsErased)
        {
            throw new IllegalTransitionException("customer", "Erased", "Merged", $"customer {(a.IsErased ? a.Id : b.Id)} is erased and cannot be merged");
        }

        var choices = ImmutableArray.CreateBuilder<SurvivorshipChoice>();
        Customer Pick(FieldGroup group)
        {
            var (winner, reason) = Choose(a, b, group, policy);
            choices.Add(new SurvivorshipChoice(group, policy.RuleFor(group), winner.Id, reason));
            return winner;
        }

        var identity = Pick(FieldGroup.Identity);
        var contact = Pick(FieldGroup.Contact);
        var financial = Pick(FieldGroup.Financial);
        var notes = Pick(FieldGroup.Notes);
        var other = identity == a ? b : a;

        var golden = identity.Absorb(other, actor, at, contact.Id, financial.Id, notes.Id,
            string.Join("; ", choices.Select(c => $"{c.Group}: {c.Winner} ({c.Rule})")));
        var entry = golden.AuditTrail[^1];
        return new MergeResult(golden, entry, choices.ToImmutable());
    }

    private static (Customer Winner, string Reason) Choose(Customer a, Customer b, FieldGroup group, SurvivorshipPolicy policy)
    {
        int Recency() => a.LastChanged(group).CompareTo(b.LastChanged(group));
        int Source() => policy.RankOf(b.Source).CompareTo(policy.RankOf(a.Source));
        switch (policy.RuleFor(group))
        {
            case SurvivorshipRule.MostComplete:
                var c = Completeness(a, group).CompareTo(Completeness(b, group));
                if (c != 0)
                {
                    return (c > 0 ? a : b, $"more complete ({Math.Max(Completeness(a, group), Completeness(b, group))} vs {Math.Min(Completeness(a, group), Completeness(b, group))} values)");
                }

                break;
            case SurvivorshipRule.SourcePriority:
                var s = Source();
                if (s != 0)
                {
                    var w = s > 0 ? a : b;
                    return (w, $"source '{w.Source}' ranks higher");
                }

                break;
        }

        var r = Recency();
        if (r != 0)
        {
            var w = r > 0 ? a : b;
            return (w, $"changed last ({w.LastChanged(group)})");
        }

        var src = Source();
        if (src != 0)
        {
            return (src > 0 ? a : b, "tie broken by source priority");
        }

        return (a.Id.CompareTo(b.Id) <= 0 ? a : b, "tie broken by the smaller id");
    }

    private static int Completeness(Customer c, FieldGroup group) => group switch
    {
        FieldGroup.Identity => (c.NameHeld is null ? 0 : 1) + (c.NameHeld is { Given.Length: > 0 } ? 1 : 0) + (c.DateOfBirthHeld is null ? 0 : 1),
        FieldGroup.Contact => c.ContactPointsHeld.Count(p => p.IsUsable) + (c.PreferredChannelsHeld.IsEmpty ? 0 : 1),
        FieldGroup.Financial => c.CreditLimit is null ? 0 : 1,
        FieldGroup.Notes => c.NotesHeld is null ? 0 : 1,
        _ => 0,
    };
}
