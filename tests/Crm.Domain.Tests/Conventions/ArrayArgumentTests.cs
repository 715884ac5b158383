using Crm.Domain.Campaigns;
using Crm.Domain.Campaigns.Analysis;
using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Categorisation;
using Crm.Domain.Metrics.Indices;
using Crm.Domain.Metrics.Ratings;
using Crm.Domain.Metrics.Service;
using Crm.Domain.Primitives;
using Crm.Domain.Tests.Campaigns;
using NodaTime;

namespace Crm.Domain.Tests.Conventions;

/// <summary>
/// Passes an array to every method that has both a span and a sequence overload. The net8.0 build of this project
/// compiles with C# 12, where each of these calls was CS0121 "ambiguous" before the array overloads: compiling this
/// file under C# 12 is the first half of the test. Each call must also give what the span path and the sequence path
/// give, and the hand-counted value; a null array is an <see cref="ArgumentNullException"/>.
/// </summary>
public class ArrayArgumentTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 9, 0);
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    private delegate TResult SpanCall<T, TResult>(ReadOnlySpan<T> items);

    /// <summary>The array call equals the span call and the sequence call (a list, so neither array nor span).
    /// Results here are value-equal accumulators or classifications; compare ImmutableArrays with ToArray (an
    /// ImmutableArray's own equality is by reference).</summary>
    private static TResult Agree<T, TResult>(T[] items, Func<T[], TResult> array, SpanCall<T, TResult> span, Func<IEnumerable<T>, TResult> sequence)
    {
        var viaArray = array(items);
        Assert.Equal(span(items), viaArray);
        Assert.Equal(sequence(items.ToList()), viaArray);
        return viaArray;
    }

    [Fact]
    public void NpsAccumulator_AddRange_Array()
    {
        NpsRating[] ratings = [NpsRating.Of(10), NpsRating.Of(9), NpsRating.Of(7), NpsRating.Of(3)];
        var acc = Agree(ratings, a => NpsAccumulator.Empty.AddRange(a), s => NpsAccumulator.Empty.AddRange(s), e => NpsAccumulator.Empty.AddRange(e));
        // 2 promoters, 1 passive, 1 detractor of 4: 50 % − 25 % = 25 points.
        Assert.Equal(25d, acc.Result.Score!.Value, 12);
        Assert.Throws<ArgumentNullException>(() => NpsAccumulator.Empty.AddRange((NpsRating[])null!));
    }

    [Fact]
    public void CsatAccumulator_AddRange_Array()
    {
        CsatRating[] ratings = [CsatRating.Of(5), CsatRating.Of(4), CsatRating.Of(1)];
        var acc = Agree(ratings, a => CsatAccumulator.Empty.AddRange(a), s => CsatAccumulator.Empty.AddRange(s), e => CsatAccumulator.Empty.AddRange(e));
        Assert.Equal(2, acc.Result.Satisfied);
        Assert.Throws<ArgumentNullException>(() => CsatAccumulator.Empty.AddRange((CsatRating[])null!));
    }

    [Fact]
    public void CesAccumulator_AddRange_Array()
    {
        var scale = CesScale.Agreement7;
        CesRating[] ratings = [CesRating.Of(7, scale), CesRating.Of(6, scale), CesRating.Of(2, scale)];
        var empty = CesAccumulator.For(scale);
        var acc = Agree(ratings, a => empty.AddRange(a), s => empty.AddRange(s), e => empty.AddRange(e));
        Assert.Equal(3, acc.Result.Count);
        Assert.Equal(2, acc.Result.Easy);
        Assert.Throws<ArgumentNullException>(() => empty.AddRange((CesRating[])null!));
    }

    [Fact]
    public void FirstContactResolutionAccumulator_AddRange_Array()
    {
        bool[] cases = [true, false, true];
        var acc = Agree(cases, a => FirstContactResolutionAccumulator.Empty.AddRange(a), s => FirstContactResolutionAccumulator.Empty.AddRange(s), e => FirstContactResolutionAccumulator.Empty.AddRange(e));
        Assert.Equal(2, acc.ResolvedOnFirstContact);
        Assert.Equal(3, acc.Count);
        Assert.Throws<ArgumentNullException>(() => FirstContactResolutionAccumulator.Empty.AddRange((bool[])null!));
    }

    [Fact]
    public void RenewalRateAccumulator_AddRange_Array()
    {
        bool[] due = [true, true, false, false];
        var acc = Agree(due, a => RenewalRateAccumulator.Empty.AddRange(a), s => RenewalRateAccumulator.Empty.AddRange(s), e => RenewalRateAccumulator.Empty.AddRange(e));
        Assert.Equal(2, acc.Renewed);
        Assert.Equal(4, acc.Count);
        Assert.Throws<ArgumentNullException>(() => RenewalRateAccumulator.Empty.AddRange((bool[])null!));
    }

    [Fact]
    public void ServicesPerCustomerAccumulator_AddRange_Array()
    {
        int[] services = [1, 2, 6];
        var acc = Agree(services, a => ServicesPerCustomerAccumulator.Empty.AddRange(a), s => ServicesPerCustomerAccumulator.Empty.AddRange(s), e => ServicesPerCustomerAccumulator.Empty.AddRange(e));
        Assert.Equal(9, acc.Services);
        Assert.Equal(3, acc.Count);
        Assert.Throws<ArgumentNullException>(() => ServicesPerCustomerAccumulator.Empty.AddRange((int[])null!));
    }

    [Fact]
    public void RetentionAccumulator_AddRange_Array()
    {
        RetentionPeriodCounts[] segments = [RetentionPeriodCounts.Of(100, 95, 15), RetentionPeriodCounts.Of(200, 190, 30)];
        var acc = Agree(segments, a => RetentionAccumulator.Empty.AddRange(a), s => RetentionAccumulator.Empty.AddRange(s), e => RetentionAccumulator.Empty.AddRange(e));
        Assert.Equal(RetentionPeriodCounts.Of(300, 285, 45), acc.Totals);
        Assert.Throws<ArgumentNullException>(() => RetentionAccumulator.Empty.AddRange((RetentionPeriodCounts[])null!));
    }

    [Fact]
    public void AcquisitionCostAccumulator_AddRange_Array()
    {
        AcquisitionSpend[] spend = [AcquisitionSpend.Of(Money.Of(100m, "EUR"), 4), AcquisitionSpend.Of(Money.Of(50m, "EUR"), 1)];
        var acc = Agree(spend, a => AcquisitionCostAccumulator.Empty.AddRange(a), s => AcquisitionCostAccumulator.Empty.AddRange(s), e => AcquisitionCostAccumulator.Empty.AddRange(e));
        Assert.Equal(Money.Of(150m, "EUR"), acc.TotalSpend);
        Assert.Equal(5, acc.CustomersAcquired);
        Assert.Throws<ArgumentNullException>(() => AcquisitionCostAccumulator.Empty.AddRange((AcquisitionSpend[])null!));
    }

    [Fact]
    public void WeightedIndexAccumulator_AddRange_Array()
    {
        var index = WeightedIndex.Create("Small", 1, 5, [IndexItem.Of("a"), IndexItem.Of("b", 2)]);
        IndexResponse[] responses = [IndexResponse.Of(4, 5), IndexResponse.WithSkips(2, null)];
        var empty = WeightedIndexAccumulator.For(index);
        var acc = Agree(responses, a => empty.AddRange(a), s => empty.AddRange(s), e => empty.AddRange(e));
        Assert.Equal(2, acc.Count);
        Assert.Throws<ArgumentNullException>(() => empty.AddRange((IndexResponse[])null!));
    }

    [Fact]
    public void CallVolumeAccumulator_AddRange_Array()
    {
        Instant[] calls = [T0, T0.Plus(Duration.FromHours(1)), T0.Plus(Duration.FromDays(1))];
        var empty = CallVolumeAccumulator.For(London);
        var acc = Agree(calls, a => empty.AddRange(a), s => empty.AddRange(s), e => empty.AddRange(e));
        Assert.Equal([new DailyCallCount(new LocalDate(2026, 3, 2), 2), new DailyCallCount(new LocalDate(2026, 3, 3), 1)], acc.Result.PerDay.ToArray());
        Assert.Throws<ArgumentNullException>(() => empty.AddRange((Instant[])null!));
    }

    [Fact]
    public void SameDayClosureAccumulator_AddRange_Array()
    {
        ClosedCase[] cases = [ClosedCase.Of(T0, T0.Plus(Duration.FromHours(2))), ClosedCase.Of(T0, T0.Plus(Duration.FromDays(2)))];
        var empty = SameDayClosureAccumulator.For(London);
        var acc = Agree(cases, a => empty.AddRange(a), s => empty.AddRange(s), e => empty.AddRange(e));
        Assert.Equal(Ratio.Rate(1, 2), acc.Result);
        Assert.Throws<ArgumentNullException>(() => empty.AddRange((ClosedCase[])null!));
    }

    [Fact]
    public void TimeToResolutionAccumulator_AddRange_Array()
    {
        ClosedCase[] cases = [ClosedCase.Of(T0, T0.Plus(Duration.FromHours(2))), ClosedCase.Of(T0, T0.Plus(Duration.FromHours(4)))];
        var acc = Agree(cases, a => TimeToResolutionAccumulator.Empty.AddRange(a), s => TimeToResolutionAccumulator.Empty.AddRange(s), e => TimeToResolutionAccumulator.Empty.AddRange(e));
        Assert.Equal(2, acc.Count);
        Assert.Throws<ArgumentNullException>(() => TimeToResolutionAccumulator.Empty.AddRange((ClosedCase[])null!));
    }

    [Fact]
    public void ResponseTally_AddRange_Array()
    {
        ResponseOutcome[] outcomes = [ResponseOutcome.ForMember(AudienceGroup.Treated), ResponseOutcome.ForMember(AudienceGroup.Treated), ResponseOutcome.ForMember(AudienceGroup.Control)];
        var tally = Agree(outcomes, a => ResponseTally.Empty.AddRange(a), s => ResponseTally.Empty.AddRange(s), e => ResponseTally.Empty.AddRange(e));
        Assert.Equal(2, tally.Treated.Members);
        Assert.Equal(1, tally.Control.Members);
        Assert.Throws<ArgumentNullException>(() => ResponseTally.Empty.AddRange((ResponseOutcome[])null!));
    }

    [Fact]
    public void AbcClassifier_Classify_Array()
    {
        ValuedCustomer[] customers = [ValuedCustomer.Of(CustomerId.Of("c1"), 60), ValuedCustomer.Of(CustomerId.Of("c2"), 30), ValuedCustomer.Of(CustomerId.Of("c3"), 10)];
        var classifier = AbcClassifier.Create(0.5, 0.9);
        var result = Agree(customers, a => classifier.Classify(a), s => classifier.Classify(s), e => classifier.Classify(e));
        Assert.Equal([AbcClass.A, AbcClass.B, AbcClass.C], result.Assignments.Select(x => x.Class).ToArray());
        Assert.Throws<ArgumentNullException>(() => classifier.Classify((ValuedCustomer[])null!));
    }

    [Fact]
    public void AudienceDefinition_Select_Array()
    {
        var customers = CampaignFixtures.Base(40, 1);
        var definition = CampaignFixtures.Audience(controlShare: 0.25);
        var viaArray = definition.Select(customers, T0);
        var viaSpan = definition.Select(new ReadOnlySpan<CampaignCustomer>(customers), T0);
        var viaSequence = definition.Select(customers.ToList(), T0);
        Assert.Equal(40, viaArray.MemberCount);
        Assert.Equal(10, viaArray.Control.Length);
        Assert.Equal(viaSpan.Treated.ToArray(), viaArray.Treated.ToArray());
        Assert.Equal(viaSpan.Control.ToArray(), viaArray.Control.ToArray());
        Assert.Equal(viaSequence.Treated.ToArray(), viaArray.Treated.ToArray());
        Assert.Equal(viaSequence.Control.ToArray(), viaArray.Control.ToArray());
        Assert.Throws<ArgumentNullException>(() => definition.Select((CampaignCustomer[])null!, T0));
    }

    [Fact]
    public void CustomerSummarizer_Summarize_Array()
    {
        var options = SummaryOptions.Create(new LocalDate(2024, 1, 31));
        var log = Log();
        var viaArray = CustomerSummarizer.Summarize(log, options);
        Assert.Equal(2, viaArray.Count);
        Assert.Equal(4, viaArray.TransactionCount);
        Assert.Equal(CustomerSummarizer.Summarize(new ReadOnlySpan<CustomerTransaction<string>>(log), options).Summaries.ToArray(), viaArray.Summaries.ToArray());
        Assert.Equal(CustomerSummarizer.Summarize(log.ToList(), options).Summaries.ToArray(), viaArray.Summaries.ToArray());
        Assert.Throws<ArgumentNullException>(() => CustomerSummarizer.Summarize((CustomerTransaction<string>[])null!, options));
    }

    [Fact]
    public void CustomerSummaryBuilder_AddRange_Array()
    {
        var options = SummaryOptions.Create(new LocalDate(2024, 1, 31));
        var log = Log();
        var viaArray = new CustomerSummaryBuilder<string>(options);
        viaArray.AddRange(log);
        var viaSpan = new CustomerSummaryBuilder<string>(options);
        viaSpan.AddRange(new ReadOnlySpan<CustomerTransaction<string>>(log));
        var viaSequence = new CustomerSummaryBuilder<string>(options);
        viaSequence.AddRange(log.ToList());
        Assert.Equal(4, viaArray.TransactionCount);
        Assert.Equal(viaSpan.Build().Summaries.ToArray(), viaArray.Build().Summaries.ToArray());
        Assert.Equal(viaSequence.Build().Summaries.ToArray(), viaArray.Build().Summaries.ToArray());
        Assert.Throws<ArgumentNullException>(() => viaArray.AddRange((CustomerTransaction<string>[])null!));
    }

    private static CustomerTransaction<string>[] Log() =>
    [
        CustomerTransaction<string>.Create("a", new LocalDate(2024, 1, 2), 10d),
        CustomerTransaction<string>.Create("a", new LocalDate(2024, 1, 9), 20d),
        CustomerTransaction<string>.Create("b", new LocalDate(2024, 1, 3), 5d),
        CustomerTransaction<string>.Create("a", new LocalDate(2024, 1, 20), 30d),
    ];
}
