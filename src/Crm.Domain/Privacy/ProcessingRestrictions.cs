using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.Guards;
using Crm.Domain.Idic.Differentiate;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Privacy;

/// <summary>
/// The restrictions of processing (Art. 18) and objections to direct marketing (Art. 21) of a customer base, keyed by
/// <see cref="CustomerId"/>, for the scorers that never see a <see cref="Customer"/>: value tiers, RFM, the count
/// models (BG/NBD, MBG/NBD, Pareto/NBD) and CLV take summaries or valuations keyed by id. Screen the population first
/// (<see cref="Screen(CustomerSummaries{CustomerId}, Instant)"/>, <see cref="Screen(IReadOnlyList{CustomerValuation}, Instant)"/>)
/// and fit, score and tier only <see cref="Screened{T}.Allowed"/>: a blocked customer then gets no tier, segment, score
/// or value, and their data takes no part in anyone else's (thresholds, fits, ranks are those of the population
/// without them).
/// </summary>
/// <remarks>
/// <para>Scoring and tiering are profiling (<see cref="ProcessingUse.Profiling"/>), which a restriction and an objection
/// both stop, as <see cref="Customer.MayProcessFor"/> decides. A set read off the customers at one time does not see a
/// restriction recorded later: rebuild it (<see cref="From"/>) before each scoring run.</para>
/// <para>Stored as JSON (<c>{"entries":[...]}</c>, one entry per customer). Immutable and thread-safe.</para>
/// </remarks>
public sealed class ProcessingRestrictions
{
    private readonly Dictionary<CustomerId, ProcessingRestriction> _byId;

    /// <summary>Creates the set from its entries.</summary>
    /// <exception cref="ArgumentException">The list is default, has a null element or lists a customer twice.</exception>
    [JsonConstructor]
    public ProcessingRestrictions(ImmutableArray<ProcessingRestriction> entries)
    {
        Guard.Against.DefaultArray(entries);
        _byId = new Dictionary<CustomerId, ProcessingRestriction>(entries.Length);
        foreach (var entry in entries)
        {
            Guard.Against.NullElement(entry, nameof(entries));
            if (!_byId.TryAdd(entry.Customer, entry))
            {
                throw new ArgumentException($"entries lists customer {entry.Customer} twice.", nameof(entries));
            }
        }

        Entries = [.. entries.OrderBy(e => e.Customer)];
    }

    /// <summary>The set with no entry: nobody is blocked.</summary>
    public static ProcessingRestrictions None { get; } = new([]);

    /// <summary>One entry per restricted or objecting customer, ordered by id.</summary>
    public ImmutableArray<ProcessingRestriction> Entries { get; }

    /// <summary>The number of entries.</summary>
    public int Count => Entries.Length;

    /// <summary>The restrictions and objections the customers carry now (a restriction lifted is not an entry).</summary>
    /// <exception cref="ArgumentException">A null sequence or element, or a customer listed twice.</exception>
    public static ProcessingRestrictions From(IEnumerable<Customer> customers)
    {
        Guard.Against.Null(customers);
        var entries = ImmutableArray.CreateBuilder<ProcessingRestriction>();
        foreach (var c in customers)
        {
            Guard.Against.NullElement(c, nameof(customers));
            if (c.RestrictedSince is not null || c.MarketingObjectedAt is not null)
            {
                entries.Add(new ProcessingRestriction(c.Id, c.RestrictedSince, c.RestrictedFor, c.MarketingObjectedAt));
            }
        }

        return new ProcessingRestrictions(entries.ToImmutable());
    }

    /// <summary>The entry blocking <paramref name="customer"/> at <paramref name="at"/>; null when they may be profiled then.</summary>
    /// <exception cref="ArgumentException">A default id.</exception>
    public ProcessingRestriction? BlockOf(CustomerId customer, Instant at)
    {
        Guard.Against.Uninitialized(customer, !customer.IsDefault);
        return _byId.TryGetValue(customer, out var e) && e.BlockedSince(at) is not null ? e : null;
    }

    /// <summary>True when <paramref name="customer"/> may be profiled (scored, tiered, segmented) at <paramref name="at"/>.</summary>
    /// <exception cref="ArgumentException">A default id.</exception>
    public bool MayProfile(CustomerId customer, Instant at) => BlockOf(customer, at) is null;

    /// <summary>
    /// The summaries of the customers who may be profiled at <paramref name="at"/> (rows in input order, the blocked
    /// ones taken out), and who was left out. Fit and score the models (RFM, BG/NBD, MBG/NBD, Pareto/NBD, Gamma-Gamma,
    /// CLV) on <see cref="Screened{T}.Allowed"/> only.
    /// </summary>
    /// <remarks>The allowed summaries keep the options, <see cref="CustomerSummaries{TCustomer}.TransactionCount"/> and
    /// <see cref="CustomerSummaries{TCustomer}.CustomersFirstSeenInHoldout"/> of the log read; their totals
    /// (<see cref="CustomerSummaries{TCustomer}.TotalFrequency"/>, x*) are those of the allowed rows.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public Screened<CustomerSummaries<CustomerId>> Screen(CustomerSummaries<CustomerId> data, Instant at)
    {
        Guard.Against.Null(data);
        var leftOut = ImmutableArray.CreateBuilder<ScreenedOut>();
        for (var i = 0; i < data.Count; i++)
        {
            var customer = data.Customers[i];
            if (!customer.IsDefault && BlockOf(customer, at) is { } block)
            {
                leftOut.Add(new ScreenedOut(i, block, at));
            }
        }

        if (leftOut.Count == 0)
        {
            return new Screened<CustomerSummaries<CustomerId>>(data, [], at);
        }

        var kept = new SummaryColumns<CustomerId>(data.Count - leftOut.Count);
        for (int i = 0, next = 0, k = 0; i < data.Count; i++)
        {
            if (k < leftOut.Count && leftOut[k].Position == i)
            {
                k++;
                continue;
            }

            kept.Set(next++, data.Customers[i], data.FirstPurchases[i], data.Summaries[i], data.HoldoutFrequencies[i], data.HoldoutSpends[i]);
        }

        return new Screened<CustomerSummaries<CustomerId>>(kept.ToSummaries(data.Options, data.TransactionCount, data.CustomersFirstSeenInHoldout), leftOut.ToImmutable(), at);
    }

    /// <summary>
    /// The valuations of the customers who may be profiled at <paramref name="at"/> (input order, the blocked ones
    /// taken out), and who was left out; tier <see cref="Screened{T}.Allowed"/> with <see cref="ValueTiering.Assign"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A null list or a default valuation.</exception>
    public Screened<ImmutableArray<CustomerValuation>> Screen(IReadOnlyList<CustomerValuation> valuations, Instant at)
    {
        Guard.Against.Null(valuations);
        var allowed = ImmutableArray.CreateBuilder<CustomerValuation>(valuations.Count);
        var leftOut = ImmutableArray.CreateBuilder<ScreenedOut>();
        for (var i = 0; i < valuations.Count; i++)
        {
            var v = valuations[i];
            Guard.Against.Uninitialized(v, !v.CustomerId.IsDefault, $"{nameof(valuations)}[{i}]");
            if (BlockOf(v.CustomerId, at) is { } block)
            {
                leftOut.Add(new ScreenedOut(i, block, at));
            }
            else
            {
                allowed.Add(v);
            }
        }

        return new Screened<ImmutableArray<CustomerValuation>>(allowed.ToImmutable(), leftOut.ToImmutable(), at);
    }

    /// <inheritdoc />
    public override string ToString() => $"processing restrictions: {Counted.Of(Count, "customer")}";
}
