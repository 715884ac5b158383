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
/// 1 (the last share is 1 minus the others, clamped at 0). Their values are in the conversion value's own precision
/// (its decimal places: 0.01 for 12.34 EUR), split by the largest-remainder rule, so they sum exactly to the
/// conversion value.</para>
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
        var byCampaign = new SortedDictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < eligible.Length; i++)
        {
            if (weights[i] == 0d)
            {
                continue; // no credit, no row (first/last touch, or a weight too small for a double)
            }

            byCampaign.TryGetValue(eligible[i].CampaignId, out var s);
            byCampaign[eligible[i].CampaignId] = s + weights[i];
        }

        // Weights are summed per campaign first and the total is the sum of those sums: then no campaign's weight
        // exceeds the total (rounding is monotone), so no share exceeds 1, which summing weight/total fractions broke.
        var total = 0d;
        foreach (var w in byCampaign.Values)
        {
            total += w;
        }

        var campaigns = byCampaign.Keys.ToArray();
        var fractions = new double[campaigns.Length];
        double shareSoFar = 0d;
        for (var i = 0; i < campaigns.Length; i++)
        {
            var last = i == campaigns.Length - 1;
            fractions[i] = last ? Math.Max(0d, 1d - shareSoFar) : byCampaign[campaigns[i]] / total;
            shareSoFar += fractions[i];
        }

        var values = Allocate(conversion.Value.Amount, fractions);
        var shares = ImmutableArray.CreateBuilder<AttributionShare>(campaigns.Length);
        for (var i = 0; i < campaigns.Length; i++)
        {
            shares.Add(new AttributionShare(campaigns[i], fractions[i], Money.Of(values[i], conversion.Value.Currency)));
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

    /// <summary>
    /// Splits <paramref name="amount"/> by <paramref name="fractions"/> in units of the amount's own last decimal place
    /// (0.01 for 12.34) by the largest-remainder rule, so the parts sum exactly to the amount and carry no more
    /// decimals than it does. Multiplying by each share instead gives 28-digit parts whose decimal sum can round away
    /// from the amount.
    /// </summary>
    private static decimal[] Allocate(decimal amount, double[] fractions)
    {
        var scale = (decimal.GetBits(amount)[3] >> 16) & 0xFF;
        var unit = 1m;
        for (var i = 0; i < scale; i++)
        {
            unit /= 10m;
        }

        var units = amount / unit;
        var parts = new decimal[fractions.Length];
        var remainders = new double[fractions.Length];
        var given = 0m;
        for (var i = 0; i < fractions.Length; i++)
        {
            var exact = units * (decimal)fractions[i];
            parts[i] = decimal.Floor(exact);
            remainders[i] = (double)(exact - parts[i]);
            given += parts[i];
        }

        // What flooring left over (or, after rounding in the shares, over-gave) goes one unit at a time by remainder,
        // largest first (smallest first when taking back), ties to the earlier campaign: deterministic.
        var order = Enumerable.Range(0, fractions.Length).OrderByDescending(i => remainders[i]).ThenBy(i => i).ToArray();
        for (var k = 0; given < units; k++)
        {
            parts[order[k % order.Length]] += 1m;
            given += 1m;
        }

        for (var k = order.Length - 1; given > units; k = (k - 1 + order.Length) % order.Length)
        {
            if (parts[order[k]] >= 1m)
            {
                parts[order[k]] -= 1m;
                given -= 1m;
            }
        }

        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] *= unit;
        }

        return parts;
    }

    private static Duration PositiveWindow(Duration window, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(window))] string? name = null) =>
        Guard.Against.NotPositiveDuration(window, name);
}
