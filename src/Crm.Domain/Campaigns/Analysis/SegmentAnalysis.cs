using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Campaigns.Analysis;

/// <summary>The analysis of one segment of a campaign (or of the whole campaign, segment "all").</summary>
/// <param name="Segment">The segment name.</param>
/// <param name="Tally">The member counts of both groups.</param>
/// <param name="Rates">Rates with Wilson intervals and the conversion lift test.</param>
/// <param name="TreatedRevenue">Conversion value of the treated members.</param>
/// <param name="ControlRevenue">Conversion value of the control members.</param>
/// <param name="IncrementalRevenue">Treated revenue minus control revenue scaled to the treated group's size,
/// R_t − R_c · n_t / n_c: the revenue the campaign caused. Null without control members.</param>
/// <param name="Cost">What contacting this segment cost (cost per contact × treated members, plus the fixed cost for
/// the whole campaign).</param>
/// <param name="Roi">(Incremental revenue − cost) / cost: 0.5 = 50 % return; null when the cost is zero or the
/// incremental revenue unknown.</param>
/// <remarks>A plain result row, built by <see cref="CampaignAnalysis"/>.</remarks>
public sealed record SegmentAnalysis(string Segment, ResponseTally Tally, ResponseRates Rates, Money TreatedRevenue, Money ControlRevenue, Money? IncrementalRevenue, Money Cost, double? Roi)
{
    /// <summary>(Incremental revenue − cost) / cost, a finite number; null when the cost is zero or the incremental revenue unknown.</summary>
    public double? Roi { get; init => field = Guard.Against.NonFinite(value, nameof(Roi)); } = Guard.Against.NonFinite(Roi);

    internal static SegmentAnalysis Create(string segment, ResponseTally tally, decimal treatedRevenue, decimal controlRevenue, Money cost, double confidence)
    {
        var currency = cost.Currency;
        Money? incremental = tally.Control.Members == 0
            ? null
            : Money.Of(treatedRevenue - (controlRevenue * tally.Treated.Members / tally.Control.Members), currency);
        double? roi = incremental is { } inc && cost.Amount > 0m ? (double)((inc.Amount - cost.Amount) / cost.Amount) : null;
        return new SegmentAnalysis(segment, tally, tally.ResultAt(confidence), Money.Of(treatedRevenue, currency), Money.Of(controlRevenue, currency), incremental, cost, roi);
    }
}
