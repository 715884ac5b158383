using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Campaigns.Analysis;

/// <summary>
/// The analysis of a campaign: per segment and overall, the response and conversion rates with Wilson intervals,
/// the conversion lift against the control group with its two-proportion test, incremental revenue and ROI.
/// </summary>
/// <remarks>
/// <para>Each member's responses fold into one <see cref="ResponseOutcome"/>; each segment's outcomes go through a
/// <see cref="ResponseTally"/> (the vectorised span path), and the overall tally is the <c>Combine</c> of the
/// segment tallies — the same merge a distributed job would do. Members with no response count as members who did
/// nothing.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class CampaignAnalysis
{
    /// <summary>The name of the overall row.</summary>
    public const string AllSegments = "all";

    private CampaignAnalysis(double confidence, SegmentAnalysis overall, ImmutableArray<SegmentAnalysis> segments)
    {
        Confidence = confidence;
        Overall = overall;
        Segments = segments;
    }

    /// <summary>The confidence level of every interval.</summary>
    public double Confidence { get; }

    /// <summary>The whole campaign (segment <see cref="AllSegments"/>), including the fixed cost.</summary>
    public SegmentAnalysis Overall { get; }

    /// <summary>One row per segment, ordered by segment name (ordinal); their costs exclude the fixed cost.</summary>
    public ImmutableArray<SegmentAnalysis> Segments { get; }

    /// <summary>Analyses a campaign that has started (running, completed or analysed).</summary>
    /// <exception cref="IllegalTransitionException">The campaign has not started.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not strictly between 0 and 1.</exception>
    public static CampaignAnalysis Of(Campaign campaign, double confidence = 0.95)
    {
        Guard.Against.Null(campaign);
        if (campaign.State is CampaignState.Draft or CampaignState.Scheduled)
        {
            throw new IllegalTransitionException($"Campaign {campaign.Id}", campaign.State.ToString(), "analyse", "only a campaign that has started has responses to analyse");
        }

        return FromResponses(campaign.Audience!, campaign.Responses, campaign.FixedCost, campaign.CostPerContact, confidence);
    }

    /// <summary>Analyses the responses of an audience directly.</summary>
    /// <exception cref="ArgumentException">A response is for a non-member or in another currency than the costs;
    /// the two costs differ in currency or are negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not strictly between 0 and 1.</exception>
    public static CampaignAnalysis FromResponses(CampaignAudience audience, IEnumerable<CampaignResponse> responses, Money fixedCost, Money costPerContact, double confidence = 0.95)
    {
        Guard.Against.Null(audience);
        Guard.Against.Null(responses);
        Guard.Against.OutsideOpenRange(confidence, 0d, 1d);
        Guard.Against.NegativeAmount(fixedCost);
        Guard.Against.NegativeAmount(costPerContact, fixedCost.Currency.Code);

        var currency = fixedCost.Currency;
        var outcomes = new Dictionary<CustomerId, ResponseOutcome>();
        var revenue = new Dictionary<CustomerId, decimal>();
        foreach (var r in responses)
        {
            var group = audience.GroupOf(r.Customer);
            if (group == AudienceGroup.NotMember)
            {
                throw new ArgumentException($"responses contain customer '{r.Customer}', who is not a member of the audience.", nameof(responses));
            }

            ref var outcome = ref CollectionsMarshal.GetValueRefOrAddDefault(outcomes, r.Customer, out var existed);
            outcome = (existed ? outcome : ResponseOutcome.ForMember(group)).With(r);
            if (r.Value is { } v)
            {
                if (v.Currency != currency)
                {
                    throw new ArgumentException($"responses must be valued in {currency}; customer '{r.Customer}' converted for {v}.", nameof(responses));
                }

                CollectionsMarshal.GetValueRefOrAddDefault(revenue, r.Customer, out _) += v.Amount;
            }
        }

        var bySegment = new SortedDictionary<string, SegmentBuffer>(StringComparer.Ordinal);
        Collect(audience.Treated, AudienceGroup.Treated, outcomes, revenue, bySegment);
        Collect(audience.Control, AudienceGroup.Control, outcomes, revenue, bySegment);

        var rows = ImmutableArray.CreateBuilder<SegmentAnalysis>(bySegment.Count);
        var total = ResponseTally.Empty;
        decimal totalTreatedRevenue = 0m, totalControlRevenue = 0m;
        foreach (var (segment, buffer) in bySegment)
        {
            var tally = ResponseTally.Empty.AddRange(CollectionsMarshal.AsSpan(buffer.Outcomes));
            total += tally;
            totalTreatedRevenue += buffer.TreatedRevenue;
            totalControlRevenue += buffer.ControlRevenue;
            rows.Add(SegmentAnalysis.Create(segment, tally, buffer.TreatedRevenue, buffer.ControlRevenue, costPerContact * tally.Treated.Members, confidence));
        }

        var overallCost = fixedCost + (costPerContact * total.Treated.Members);
        var overall = SegmentAnalysis.Create(AllSegments, total, totalTreatedRevenue, totalControlRevenue, overallCost, confidence);
        return new CampaignAnalysis(confidence, overall, rows.MoveToImmutable());
    }

    /// <summary>The row of <paramref name="segment"/>, or null if the audience has no member in it.</summary>
    public SegmentAnalysis? For(string segment) =>
        Segments.FirstOrDefault(s => string.Equals(s.Segment, segment, StringComparison.Ordinal));

    private static void Collect(ImmutableArray<CampaignCustomer> members, AudienceGroup group, Dictionary<CustomerId, ResponseOutcome> outcomes, Dictionary<CustomerId, decimal> revenue, SortedDictionary<string, SegmentBuffer> bySegment)
    {
        var none = ResponseOutcome.ForMember(group);
        foreach (var m in members)
        {
            if (!bySegment.TryGetValue(m.Segment, out var buffer))
            {
                buffer = new SegmentBuffer();
                bySegment.Add(m.Segment, buffer);
            }

            buffer.Outcomes.Add(outcomes.TryGetValue(m.Id, out var o) ? o : none);
            if (revenue.TryGetValue(m.Id, out var value))
            {
                if (group == AudienceGroup.Control)
                {
                    buffer.ControlRevenue += value;
                }
                else
                {
                    buffer.TreatedRevenue += value;
                }
            }
        }
    }

    private sealed class SegmentBuffer
    {
        public List<ResponseOutcome> Outcomes { get; } = [];

        public decimal TreatedRevenue { get; set; }

        public decimal ControlRevenue { get; set; }
    }
}
