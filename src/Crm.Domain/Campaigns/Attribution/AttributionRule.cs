using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Campaigns.Attribution;

/// <summary>
/// Shares the credit of conversions among the campaigns that touched the customer within a look-back window:
/// last touch, first touch, linear, or time decay with a half-life.
/// </summary>
/// <remarks>
/// <para>A touch counts for a conversion when it is of the same customer and conversion − <see cref="Window"/> ≤
/// touch ≤ conversion. Touches are ordered by instant, ties by campaign id (ordinal), so "first" and "last" are
/// deterministic. Each touch gets a weight (1 for the chosen touch and 0 for the others under first/last touch; 1 each
/// under linear; 2^(−(t_last − t)/half-life) under time decay, measured from the latest touch so no weight
/// underflows to an all-zero sum); the weights are normalised and summed per campaign. Shares of one conversion sum to
/// 1 (the last share is 1 minus the others, clamped at 0) and their values sum exactly to the conversion value (the
/// last takes the remainder).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class AttributionRule
{
    private AttributionRule(AttributionModel model, Duration window, Duration? halfLife)
    {
        Model = model;
        Window = window;
        HalfLife = halfLife;
    }

    /// <summary>The model.</summary>
    public AttributionModel Model { get; }

    /// <summary>How far before a conversion a touch may lie and still earn credit (&gt; 0).</summary>
    public Duration Window { get; }

    /// <summary>The half-life of a touch's weight (time decay only; null otherwise).</summary>
    public Duration? HalfLife { get; }

    /// <summary>All credit to the latest touch in the window.</summary>
    public static AttributionRule LastTouch(Duration window) => new(AttributionModel.LastTouch, PositiveWindow(window), null);

    /// <summary>All credit to the earliest touch in the window.</summary>
    public static AttributionRule FirstTouch(Duration window) => new(AttributionModel.FirstTouch, PositiveWindow(window), null);

    /// <summary>Equal credit to each touch in the window.</summary>
    public static AttributionRule Linear(Duration window) => new(AttributionModel.Linear, PositiveWindow(window), null);

    /// <summary>Credit halving with every <paramref name="halfLife"/> of a touch's age.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The window or half-life is not positive.</exception>
    public static AttributionRule TimeDecay(Duration window, Duration halfLife)
    {
        Guard.Against.NotPositiveDuration(halfLife);

        return new(AttributionModel.TimeDecay, PositiveWindow(window), halfLife);
    }

    /// <summary>Shares one conversion among <paramref name="touches"/> (touches of other customers are ignored).</summary>
    public AttributedConversion Attribute(Conversion conversion, IEnumerable<Touch> touches)
    {
        Guard.Against.Uninitialized(conversion, !conversion.Customer.IsDefault);
        Guard.Against.Null(touches);
        var from = conversion.At - Window;
        var eligible = touches
            .Where(t => t.Customer == conversion.Customer && t.At >= from && t.At <= conversion.At)
            .OrderBy(t => t.At)
            .ThenBy(t => t.CampaignId, StringComparer.Ordinal)
            .ToArray();
        if (eligible.Length == 0)
        {
            return new AttributedConversion(conversion, []);
        }

        var weights = Weights(eligible);
        var total = weights.Sum();
        var byCampaign = new SortedDictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < eligible.Length; i++)
        {
            if (weights[i] == 0d)
            {
                continue; // no credit, no row (first/last touch, or a weight too small for a double)
            }

            byCampaign.TryGetValue(eligible[i].CampaignId, out var s);
            byCampaign[eligible[i].CampaignId] = s + (weights[i] / total);
        }

        var shares = ImmutableArray.CreateBuilder<AttributionShare>(byCampaign.Count);
        double shareSoFar = 0d;
        var valueSoFar = 0m;
        var k = 0;
        foreach (var (campaign, raw) in byCampaign)
        {
            var last = ++k == byCampaign.Count;
            var share = last ? Math.Max(0d, 1d - shareSoFar) : raw;
            var value = last ? conversion.Value.Amount - valueSoFar : conversion.Value.Amount * (decimal)share;
            shareSoFar += share;
            valueSoFar += value;
            shares.Add(new AttributionShare(campaign, share, Money.Of(value, conversion.Value.Currency)));
        }

        return new AttributedConversion(conversion, shares.MoveToImmutable());
    }

    /// <summary>Attributes every conversion and totals the credit per campaign.</summary>
    /// <exception cref="ArgumentException">The conversions are in more than one currency, or there are none.</exception>
    public AttributionReport AttributeAll(IEnumerable<Conversion> conversions, IEnumerable<Touch> touches)
    {
        Guard.Against.Null(conversions);
        Guard.Against.Null(touches);
        var list = conversions.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("conversions must contain at least one conversion (the report needs its currency); it was empty.", nameof(conversions));
        }

        var currency = list[0].Value.Currency;
        if (list.FirstOrDefault(c => c.Value.Currency != currency) is { Customer.IsDefault: false } other)
        {
            throw new ArgumentException($"conversions must all be in one currency; found {currency} and {other.Value.Currency}.", nameof(conversions));
        }

        var byCustomer = touches.ToLookup(t => t.Customer);
        var attributed = list.Select(c => Attribute(c, byCustomer[c.Customer])).ToImmutableArray();
        var credits = attributed.SelectMany(a => a.Shares)
            .GroupBy(s => s.CampaignId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CampaignCredit(g.Key, g.Sum(s => s.Share), Money.Of(g.Sum(s => s.Value.Amount), currency)))
            .ToImmutableArray();
        var unattributed = attributed.Where(a => !a.IsAttributed).ToArray();
        return new AttributionReport(credits, unattributed.Length, Money.Of(unattributed.Sum(a => a.Conversion.Value.Amount), currency), attributed);
    }

    private double[] Weights(Touch[] ordered)
    {
        var w = new double[ordered.Length];
        switch (Model)
        {
            case AttributionModel.FirstTouch:
                w[0] = 1d;
                break;
            case AttributionModel.Linear:
                Array.Fill(w, 1d);
                break;
            case AttributionModel.TimeDecay:
                var latest = ordered[^1].At;
                var h = HalfLife!.Value.TotalTicks;
                for (var i = 0; i < w.Length; i++)
                {
                    w[i] = Math.Pow(2d, -(latest - ordered[i].At).TotalTicks / h);
                }

                break;
            default:
                w[^1] = 1d;
                break;
        }

        return w;
    }

    private static Duration PositiveWindow(Duration window, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(window))] string? name = null) =>
        Guard.Against.NotPositiveDuration(window, name);
}
