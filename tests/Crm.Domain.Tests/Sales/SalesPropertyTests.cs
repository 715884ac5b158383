using Crm.Domain.Primitives;
using Crm.Domain.Sales;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Domain.Tests.Sales;

public class SalesPropertyTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 1, 1, 0, 0);
    private static readonly OpportunityStage[] Stages = Enum.GetValues<OpportunityStage>();

    [Property(MaxTest = 100)]
    public Property Forecast_MonthsAndQuartersAgreeWithTheDefinition() =>
        Prop.ForAll(
            Gen.ArrayOf(from cents in Gen.Choose(0, 100_000_000)
                        from month in Gen.Choose(1, 24)
                        from stage in Gen.Elements(Stages)
                        select (cents, month, stage)).ToArbitrary(),
            rows =>
            {
                var opps = rows.Select((r, i) =>
                {
                    var o = Opportunity.Open($"O{i}", "x", SalesParty.Lead("L"), "ana", Money.Of(r.cents / 100m, "EUR"), new LocalDate(2026, 1, 1).PlusMonths(r.month - 1), T0);
                    return r.stage == OpportunityStage.Prospecting ? o : o.MoveTo(r.stage, T0);
                }).ToArray();
                var p = StageProbabilities.Default;
                var expected = opps.Where(o => o.IsOpen).Sum(o => o.Amount.Amount * (decimal)p.Of(o.Stage).Value);
                var months = PipelineForecast.Forecast(opps, p, ForecastGranularity.Month, Currency.Eur);
                var quarters = PipelineForecast.Forecast(opps, p, ForecastGranularity.Quarter, Currency.Eur);
                return months.Sum(m => m.WeightedAmount.Amount) == expected
                    && quarters.Sum(q => q.WeightedAmount.Amount) == expected
                    && months.Sum(m => m.WonAmount.Amount) == opps.Where(o => o.Stage == OpportunityStage.ClosedWon).Sum(o => o.Amount.Amount)
                    && quarters.Length <= months.Length;
            });

    [Property(MaxTest = 100)]
    public Property Journal_NeverHoldsTwoOpenFollowUpsForOnePartyAndPurpose() =>
        Prop.ForAll(
            Gen.ArrayOf(from party in Gen.Elements("A", "B")
                        from purpose in Gen.Elements("quote", "QUOTE ", "renewal")
                        from complete in Gen.Elements(false, false, true)
                        select (party, purpose, complete)).ToArbitrary(),
            steps =>
            {
                var journal = SalesJournal.Create("J-1", T0);
                var i = 0;
                foreach (var (party, purpose, complete) in steps)
                {
                    var id = $"F{i++}";
                    try
                    {
                        journal = journal.Schedule(new FollowUp(id, SalesParty.Lead(party), purpose, "ana", T0, T0 + Duration.FromDays(1)));
                        if (complete)
                        {
                            journal = journal.Complete(id, T0 + Duration.FromHours(1));
                        }
                    }
                    catch (DuplicateFollowUpException)
                    {
                        // refused: the journal must be unchanged, which the invariant below checks
                    }
                }

                return journal.FollowUps.Where(f => f.IsOpen)
                    .GroupBy(f => (f.Party, f.Purpose.Trim().ToUpperInvariant()))
                    .All(g => g.Count() == 1);
            });
}
