using System.Collections.Immutable;
using Crm.Domain.Customers;
using Crm.Domain.Idic.Customize;
using Crm.Domain.Idic.Differentiate;
using Crm.Domain.Idic.Identify;

namespace Crm.Domain.Idic;

/// <summary>What one run of the IDIC cycle produced: duplicates found and merged, the de-duplicated base, value tiers,
/// segment sizes and memberships, and the next best actions of every customer.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class IdicCycleResult
{
    internal IdicCycleResult(DuplicateReport duplicates, ImmutableArray<MergeResult> merges, ImmutableArray<Customer> customers,
        ImmutableArray<ValueTierAssignment> tiers, ImmutableArray<KeyValuePair<string, int>> segmentSizes,
        ImmutableArray<ImmutableArray<string>> memberships, ImmutableArray<NextBestActions> actions)
    {
        Duplicates = duplicates;
        Merges = merges;
        Customers = customers;
        Tiers = tiers;
        SegmentSizes = segmentSizes;
        Memberships = memberships;
        Actions = actions;
    }

    /// <summary>Identify: the duplicate-detection report.</summary>
    public DuplicateReport Duplicates { get; }

    /// <summary>Identify: every merge attempted (refusals included), one per cluster.</summary>
    public ImmutableArray<MergeResult> Merges { get; }

    /// <summary>The customer base after merging (golden records replace their clusters), in input order of the first member.</summary>
    public ImmutableArray<Customer> Customers { get; }

    /// <summary>Differentiate: value tier and ABC class, parallel to <see cref="Customers"/>.</summary>
    public ImmutableArray<ValueTierAssignment> Tiers { get; }

    /// <summary>Differentiate: the size of every segment, in segment order.</summary>
    public ImmutableArray<KeyValuePair<string, int>> SegmentSizes { get; }

    /// <summary>Differentiate: the segments of each customer, parallel to <see cref="Customers"/>.</summary>
    public ImmutableArray<ImmutableArray<string>> Memberships { get; }

    /// <summary>Interact and customize: the next best actions of each customer, parallel to <see cref="Customers"/>.</summary>
    public ImmutableArray<NextBestActions> Actions { get; }

    /// <summary>The number of recommendations of each offer, by offer name (offers never recommended are absent).</summary>
    public ImmutableSortedDictionary<string, int> OffersMade() =>
        Actions.SelectMany(a => a.Recommended).GroupBy(r => r.Offer.Name).ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>The number of customers in each value tier.</summary>
    public ImmutableSortedDictionary<ValueTier, int> TierSizes() =>
        Tiers.GroupBy(t => t.Tier).ToImmutableSortedDictionary(g => g.Key, g => g.Count());

    /// <inheritdoc />
    public override string ToString() =>
        $"IDIC: {Duplicates.Records} records -> {Customers.Length} customers after {Merges.Count(m => m.IsAllowed)} merges; {Actions.Sum(a => a.Recommended.Length)} recommendations";
}
