using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using Crm.Domain.Specifications;
using NodaTime;

namespace Crm.Domain.Acquisition;

/// <summary>
/// Funnel metrics from lead histories: conversion per stage and per source, time in stage, velocity, and cost per
/// acquisition by source; cut by any criterion or by acquisition strategy.
/// </summary>
/// <remarks>Pure functions; thread-safe. Changes after <c>asOf</c> are ignored, so a report can be replayed.</remarks>
public static class FunnelAnalysis
{
    private static readonly ImmutableArray<FunnelStage> OpenStages = [FunnelStage.Suspect, FunnelStage.Enquiry, FunnelStage.Qualified, FunnelStage.Opportunity];

    /// <summary>The funnel report of <paramref name="leads"/> (those satisfying <paramref name="cut"/>, if given) as of <paramref name="asOf"/>.</summary>
    /// <param name="leads">The leads.</param>
    /// <param name="asOf">The report's instant.</param>
    /// <param name="spendBySource">Acquisition spend per source, for cost per acquisition; null for none.</param>
    /// <param name="cut">Only leads satisfying this criterion; null for all.</param>
    public static FunnelReport Analyze(IEnumerable<Lead> leads, Instant asOf, IReadOnlyDictionary<LeadSource, Money>? spendBySource = null, Specification<Lead>? cut = null)
    {
        Guard.Against.Null(leads);
        var entered = new long[6];
        var advanced = new long[6];
        var lost = new long[6];
        var timeNs = new double[6];
        var ended = new long[6];
        var bySource = new Dictionary<LeadSource, (long Leads, long Won)>();
        long count = 0, won = 0;
        double winNs = 0;
        Instant? first = null;
        foreach (var lead in leads)
        {
            if (lead is null || lead.CreatedAt > asOf || (cut is not null && !cut.IsSatisfiedBy(lead)))
            {
                continue;
            }

            count++;
            first = first is null || lead.CreatedAt < first ? lead.CreatedAt : first;
            var isWon = false;
            // Only the stage-bearing events count (creation and stage changes; tag changes do not move the lead). Each
            // one closes the time spent in the stage before it.
            var h = lead.History;
            var previous = -1;
            var previousAt = lead.CreatedAt;
            for (var i = 0; i < h.Length && h[i].At <= asOf; i++)
            {
                FunnelStage to;
                bool moved;
                if (h[i] is LeadCreated created)
                {
                    (to, moved) = (created.Stage, true);
                }
                else if (h[i] is LeadStageChanged change)
                {
                    (to, moved) = (change.To, change.From != change.To);
                }
                else
                {
                    continue;
                }

                if (previous is >= 0 and < 4)
                {
                    ended[previous]++;
                    timeNs[previous] += (h[i].At - previousAt).ToInt64Nanoseconds();
                    if (to == FunnelStage.Lost)
                    {
                        lost[previous]++;
                    }
                    else
                    {
                        advanced[previous]++;
                    }
                }

                var stage = (int)to;
                if (stage < 4 && moved)
                {
                    entered[stage]++;
                }

                if (to == FunnelStage.Won)
                {
                    isWon = true;
                    winNs += (h[i].At - lead.CreatedAt).ToInt64Nanoseconds();
                }

                previous = stage;
                previousAt = h[i].At;
            }

            won += isWon ? 1 : 0;
            var (l, w) = bySource.GetValueOrDefault(lead.Source);
            bySource[lead.Source] = (l + 1, w + (isWon ? 1 : 0));
        }

        var stages = OpenStages.Select(s => (int)s).Select(s => new FunnelStageMetrics((FunnelStage)s, entered[s], advanced[s], lost[s],
            Ratio.Rate(Math.Min(advanced[s], entered[s]), entered[s]), ended[s] == 0 ? null : Duration.FromNanoseconds(timeNs[s] / ended[s]))).ToImmutableArray();
        var sources = bySource.OrderBy(kv => kv.Key).Select(kv =>
        {
            Money? spend = spendBySource is not null && spendBySource.TryGetValue(kv.Key, out var m) ? m : null;
            Money? cpa = spend is { } sp && kv.Value.Won > 0 ? sp / kv.Value.Won : null;
            return new FunnelSourceMetrics(kv.Key, kv.Value.Leads, kv.Value.Won, Ratio.Rate(kv.Value.Won, kv.Value.Leads), spend, cpa);
        }).ToImmutableArray();
        var windowDays = first is { } f ? (asOf - f).TotalDays : 0d;
        return new FunnelReport(count, stages, sources, Ratio.Rate(won, count),
            won == 0 ? null : Duration.FromNanoseconds(winNs / won),
            windowDays > 0 ? won * 30d / windowDays : null);
    }

    /// <summary>The funnel report per acquisition strategy: each lead counts under every strategy it is tagged with.</summary>
    public static IReadOnlyDictionary<AcquisitionStrategy, FunnelReport> ByStrategy(IEnumerable<Lead> leads, Instant asOf, IReadOnlyDictionary<LeadSource, Money>? spendBySource = null)
    {
        Guard.Against.Null(leads);
        var list = leads.Select(l => Guard.Against.NullElement(l, nameof(leads))).ToList();
        return list.SelectMany(l => l.Strategies).Distinct().Order()
            .ToDictionary(s => s, s => Analyze(list, asOf, spendBySource, Spec.Where<Lead>($"tagged {s}", l => l.Strategies.Contains(s))));
    }
}
