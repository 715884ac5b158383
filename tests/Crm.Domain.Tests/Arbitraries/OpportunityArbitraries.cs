using Crm.Domain.Primitives;
using Crm.Domain.Sales;
using Crm.Domain.Sales.Pricing;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Crm.Domain.Tests.Arbitraries;

/// <summary>
/// Opportunities built by random valid command sequences: opened with any currency, amount and party, then moved
/// between stages (forward, back, to won or lost), reforecast, and given or relieved of line items at non-decreasing
/// instants, until closed.
/// </summary>
public static class OpportunityArbitraries
{
    public static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 8, 30);

    private static readonly OpportunityStage[] Stages = Enum.GetValues<OpportunityStage>();

    public sealed record Step(int Kind, int Minutes, OpportunityStage Stage, int Cents, int CloseDays);

    public static Arbitrary<Opportunity> Opportunities() => OpportunityGen().ToArbitrary();

    public static Gen<Opportunity> OpportunityGen() =>
        from currency in Gen.Elements("EUR", "USD", "GBP")
        from cents in Gen.Choose(0, 50_000_000)
        from party in Gen.Elements(SalesParty.Lead("L-7"), SalesParty.Customer(CustomerId.Of("ACME")))
        from closeDays in Gen.Choose(0, 400)
        from steps in StepGen().ArrayOf()
        select Play(Opportunity.Open("O-" + cents, "licences", party, "ana", Money.Of(cents / 100m, currency), new LocalDate(2026, 3, 1).PlusDays(closeDays), T0), steps);

    public static Gen<Step> StepGen() =>
        from kind in Gen.Choose(0, 4)
        from minutes in Gen.Elements(0, 1, 90, 1440, 10080)
        from stage in Gen.Elements(Stages)
        from cents in Gen.Choose(0, 50_000_000)
        from closeDays in Gen.Choose(0, 400)
        select new Step(kind, minutes, stage, cents, closeDays);

    /// <summary>Applies one valid command per step while the opportunity is open: a move for kinds 0 and 1, a reforecast
    /// for 2, a new line item for 3, the removal of the first line item (if any) for 4.</summary>
    public static Opportunity Play(Opportunity opportunity, IEnumerable<Step> steps)
    {
        foreach (var step in steps)
        {
            if (!opportunity.IsOpen)
            {
                break;
            }

            var at = opportunity.History[^1].At + Duration.FromMinutes(step.Minutes);
            var to = step.Stage == opportunity.Stage ? Stages[((int)step.Stage + 1) % Stages.Length] : step.Stage;
            opportunity = step.Kind switch
            {
                < 2 => opportunity.MoveTo(to, at),
                2 => opportunity.Reforecast(Money.Of(step.Cents / 100m, opportunity.Amount.Currency), new LocalDate(2026, 3, 1).PlusDays(step.CloseDays), at),
                3 => opportunity.AddLineItem(new LineItem("L" + opportunity.Version, "SKU-" + step.CloseDays, 1m + (step.CloseDays / 8m),
                    Money.Of(step.Cents / 1000m, opportunity.Amount.Currency), Discount.Percent(step.Minutes % 100)), at),
                _ when opportunity.LineItems.IsEmpty => opportunity,
                _ => opportunity.RemoveLineItem(opportunity.LineItems[0].Id, at),
            };
        }

        return opportunity;
    }
}
