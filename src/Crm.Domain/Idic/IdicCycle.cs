using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Idic.Customize;
using Crm.Domain.Idic.Differentiate;
using Crm.Domain.Idic.Identify;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Idic;

/// <summary>
/// One turn of Peppers and Rogers' IDIC cycle over a customer base: Identify (detect duplicates, merge each cluster
/// into a golden record), Differentiate (value tiers from any per-customer value, needs-based segments), Interact (the
/// contact policy) and Customize (next best actions that the contact policy allows).
/// </summary>
/// <remarks>
/// <para>The cycle acts as <see cref="Actor"/>: detection sees only what that actor may read (through
/// <see cref="Customer.Read"/>), merges need its change rights; a refused merge leaves the cluster's records as they
/// were and is reported in <see cref="IdicCycleResult.Merges"/>. Erased customers are never matched. Values come from
/// the caller (CLV, margin, revenue), computed on the merged records. A customer whose processing is restricted, or
/// who objected to direct marketing, at the run's instant is not profiled: it keeps its value tier (values are the
/// caller's) but belongs to no segment and gets no offer (issue 17).</para>
/// <para>Pure and deterministic for the same input; immutable and thread-safe.</para>
/// </remarks>
public sealed class IdicCycle
{
    private IdicCycle(DuplicateDetector detector, SurvivorshipPolicy survivorship, ValueTierPolicy tiers, Segmentation<CustomerProfile> segments, OfferEngine offers, Actor actor)
    {
        Detector = detector;
        Survivorship = survivorship;
        TierPolicy = tiers;
        Segments = segments;
        Offers = offers;
        Actor = actor;
    }

    /// <summary>Identify: the duplicate detector.</summary>
    public DuplicateDetector Detector { get; }

    /// <summary>Identify: the survivorship rules of merges.</summary>
    public SurvivorshipPolicy Survivorship { get; }

    /// <summary>Differentiate: the value-tier cut-offs.</summary>
    public ValueTierPolicy TierPolicy { get; }

    /// <summary>Differentiate: the needs-based segments.</summary>
    public Segmentation<CustomerProfile> Segments { get; }

    /// <summary>Interact and customize: the offers and the contact policy.</summary>
    public OfferEngine Offers { get; }

    /// <summary>Who the cycle acts as.</summary>
    public Actor Actor { get; }

    /// <summary>Creates a cycle.</summary>
    /// <exception cref="ArgumentException">A null part or a default actor.</exception>
    public static IdicCycle Create(DuplicateDetector detector, SurvivorshipPolicy survivorship, ValueTierPolicy tiers, Segmentation<CustomerProfile> segments, OfferEngine offers, Actor actor)
    {
        Guard.Against.Null(detector);
        Guard.Against.Null(survivorship);
        Guard.Against.Null(tiers);
        Guard.Against.Null(segments);
        Guard.Against.Null(offers);
        Guard.Against.Uninitialized(actor, !actor.IsDefault);
        return new IdicCycle(detector, survivorship, tiers, segments, offers, actor);
    }

    /// <summary>Runs the cycle over <paramref name="customers"/> at <paramref name="asOf"/>.</summary>
    /// <param name="customers">The base; ids must be unique.</param>
    /// <param name="valuation">The value of a (merged) customer; its id must be the customer's.</param>
    /// <param name="remembered">Remembered "not a duplicate" decisions; none if null.</param>
    /// <param name="asOf">The instant of the run (contact decisions, profiles, merge audit).</param>
    /// <exception cref="ArgumentException">Null arguments, duplicate ids, or a valuation for the wrong customer.</exception>
    /// <exception cref="AccessDeniedException">The cycle's actor has a role unknown to a customer's policy.</exception>
    public IdicCycleResult Run(IReadOnlyList<Customer> customers, Func<Customer, CustomerValuation> valuation, NotDuplicateRegister? remembered, Instant asOf)
    {
        Guard.Against.Null(customers);
        Guard.Against.Null(valuation);

        // Identify.
        var byId = new Dictionary<CustomerId, Customer>(customers.Count);
        foreach (var c in customers)
        {
            Guard.Against.Null(c, nameof(customers));
            if (!byId.TryAdd(c.Id, c))
            {
                throw new ArgumentException($"Customer {c.Id} appears twice.", nameof(customers));
            }
        }

        var candidates = customers.Where(c => !c.IsErased).Select(c => MatchCandidate.From(c.Read(Actor, asOf))).ToList();
        var report = Detector.Detect(candidates, remembered);
        var merges = ImmutableArray.CreateBuilder<MergeResult>();
        var replaced = new Dictionary<CustomerId, Customer?>();
        foreach (var cluster in report.Clusters())
        {
            var golden = byId[cluster[0]];
            MergeResult? last = null;
            foreach (var id in cluster.Skip(1))
            {
                last = CustomerMerger.Merge(golden, byId[id], Survivorship, Actor, asOf);
                if (!last.IsAllowed)
                {
                    break;
                }

                golden = last.Golden!;
            }

            merges.Add(last!);
            if (last!.IsAllowed)
            {
                foreach (var id in cluster)
                {
                    replaced[id] = null;
                }

                replaced[cluster[0]] = golden;
            }
        }

        var merged = customers.Select(c => replaced.TryGetValue(c.Id, out var r) ? r : c).Where(c => c is not null).Select(c => c!).ToImmutableArray();

        // Differentiate.
        var valuations = merged.Select(c =>
        {
            var v = valuation(c);
            return v.CustomerId == c.Id ? v : throw new ArgumentException($"The valuation of customer {c.Id} names {v.CustomerId}.", nameof(valuation));
        }).ToList();
        var tiers = ValueTiering.Assign(valuations, TierPolicy);
        // A customer whose processing is restricted, or who objected, is not profiled: no segment, no offer.
        var profiles = merged.Select((c, i) => c.MayProcessFor(ProcessingUse.Profiling, asOf) ? CustomerProfile.Create(c, tiers[i], asOf) : null).ToList();
        var memberships = profiles.Select(p => p is null ? [] : Segments.SegmentsOf(p)).ToImmutableArray();
        var sizes = Segments.Segments.Select(s => new KeyValuePair<string, int>(s.Name, memberships.Count(m => m.Contains(s.Name, StringComparer.Ordinal)))).ToImmutableArray();

        // Interact and customize.
        var actions = profiles.Select((p, i) => p is null
            ? new NextBestActions(merged[i].Id, [], [])
            : Offers.Recommend(p, Offers.ContactPolicy.ProfileOf(p.Customer, asOf), asOf)).ToImmutableArray();
        return new IdicCycleResult(report, merges.ToImmutable(), merged, tiers, sizes, memberships, actions);
    }

    /// <inheritdoc />
    public override string ToString() => $"IDIC cycle as {Actor}";
}
