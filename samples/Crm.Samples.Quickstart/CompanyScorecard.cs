using Crm.Domain.Metrics.Scorecards;
using Crm.Domain.Primitives;

namespace Crm.Samples.Quickstart;

/// <summary>The scorecard of the metrics block (Gartner's CRM competency model, block 8) with typical targets.</summary>
public static class CompanyScorecard
{
    public const string SameDay = "Cases closed the same day";
    public const string MedianTtr = "Median time to resolution";
    public const string P90Ttr = "p90 time to resolution";
    public const string Fcr = "First-contact resolution";
    public const string Nps = "Net Promoter Score";
    public const string Csat = "CSAT (share 4-5 of 5)";
    public const string Ces = "CES (share finding it easy)";
    public const string Csi = "Customer satisfaction index";
    public const string Brand = "Brand image index";
    public const string Renewal = "Service renewal rate";
    public const string Retention = "Retention rate";
    public const string Churn = "Churn rate";
    public const string Services = "Services per customer";
    public const string Cac = "Customer acquisition cost (USD)";

    public static Scorecard Definition { get; } = Scorecard.Create("Service & CRM metrics, Q1 2026",
    [
        KpiDefinition.Create(SameDay, KpiUnit.Fraction, KpiTarget.AtLeast(0.80, 0.70), "Resolved on the local date it was opened (desk zone)."),
        KpiDefinition.Create(MedianTtr, KpiUnit.Hours, KpiTarget.AtMost(4, 8)),
        KpiDefinition.Create(P90Ttr, KpiUnit.Hours, KpiTarget.AtMost(48, 72)),
        KpiDefinition.Create(Fcr, KpiUnit.Fraction, KpiTarget.AtLeast(0.45, 0.35), "Resolved in the first contact, no follow-up."),
        KpiDefinition.Create(Nps, KpiUnit.Points, KpiTarget.AtLeast(30, 10), "Promoters (9-10) minus detractors (0-6), Reichheld 2003."),
        KpiDefinition.Create(Csat, KpiUnit.Fraction, KpiTarget.AtLeast(0.80, 0.70)),
        KpiDefinition.Create(Ces, KpiUnit.Fraction, KpiTarget.AtLeast(0.70, 0.60), "CES 2.0, 1-7 agreement that the issue was easy to handle."),
        KpiDefinition.Create(Csi, KpiUnit.Points, KpiTarget.AtLeast(75, 65), "ACSI-style, three items on 1-10, equal weights."),
        KpiDefinition.Create(Brand, KpiUnit.Points, KpiTarget.AtLeast(70, 60)),
        KpiDefinition.Create(Renewal, KpiUnit.Fraction, KpiTarget.AtLeast(0.85, 0.80)),
        KpiDefinition.Create(Retention, KpiUnit.Fraction, KpiTarget.AtLeast(0.92, 0.88), "(E - N) / S"),
        KpiDefinition.Create(Churn, KpiUnit.Fraction, KpiTarget.AtMost(0.08, 0.12)),
        KpiDefinition.Create(Services, KpiUnit.Count, KpiTarget.AtLeast(2.3, 2.0)),
        KpiDefinition.Create(Cac, KpiUnit.Money, KpiTarget.AtMost(400, 475)),
    ]);

    /// <summary>Every KPI value, read from the accumulators' typed results through <see cref="KpiValue"/>.</summary>
    public static ScorecardReport Evaluate(DeskMetrics m, Ratio sameDay)
    {
        var ttr = m.TimeToResolution.Result;
        var retention = m.Retention.Result;
        return Definition.Evaluate(new Dictionary<string, KpiValue>
        {
            [SameDay] = KpiValue.From(sameDay),
            [MedianTtr] = KpiValue.Hours(ttr.Median),
            [P90Ttr] = KpiValue.Hours(ttr.P90),
            [Fcr] = KpiValue.From(m.FirstContact.Result),
            [Nps] = KpiValue.Of(m.Nps.Result.Score, $"n={m.Nps.Count}"),
            [Csat] = KpiValue.From(m.Csat.Result.Satisfaction),
            [Ces] = KpiValue.From(m.Ces.Result.EasyShare),
            [Csi] = KpiValue.Of(m.Satisfaction.Result.Value, $"n={m.Satisfaction.Count}"),
            [Brand] = KpiValue.Of(m.BrandImage.Result.Value, $"n={m.BrandImage.Count}"),
            [Renewal] = KpiValue.From(m.Renewals.Result),
            [Retention] = KpiValue.From(retention.RetentionRate),
            [Churn] = KpiValue.From(retention.ChurnRate),
            [Services] = KpiValue.Of(m.Services.Result.Value, $"{m.Services.Services}/{m.Services.Count}"),
            [Cac] = KpiValue.From(m.Acquisition.Result.CostPerCustomer),
        });
    }
}
