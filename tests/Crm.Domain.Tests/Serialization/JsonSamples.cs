using System.Collections.Immutable;
using System.Reflection;
using Crm.Domain.Accounts;
using Crm.Domain.Acquisition;
using Crm.Domain.Campaigns;
using Crm.Domain.Campaigns.Analysis;
using Crm.Domain.Campaigns.Attribution;
using Crm.Domain.Competencies;
using Crm.Domain.Customers;
using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Clv;
using Crm.Domain.CustomerValue.Models.Fitting;
using Crm.Domain.CustomerValue.Models.GammaGamma;
using Crm.Domain.CustomerValue.Models.MbgNbd;
using Crm.Domain.CustomerValue.Models.ParetoNbd;
using Crm.Domain.CustomerValue.Rfm;
using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Categorisation;
using Crm.Domain.Metrics.Indices;
using Crm.Domain.Metrics.Ratings;
using Crm.Domain.Metrics.Scorecards;
using Crm.Domain.Metrics.Service;
using Crm.Domain.Idic.Identify;
using Crm.Domain.Primitives;
using Crm.Domain.Retention;
using Crm.Domain.Scoring;
using Crm.Domain.Sales;
using Crm.Domain.Service;
using Crm.Domain.Tests.Arbitraries;
using Crm.Domain.Tests.Campaigns;
using Crm.Domain.Tests.Competencies;
using Crm.Domain.Tests.Customers;
using Crm.Domain.Tests.Sales;
using Crm.Domain.Tests.Service;
using FsCheck.Fluent;
using NodaTime;

namespace Crm.Domain.Tests.Serialization;

/// <summary>
/// One non-trivial sample of every type <see cref="Domain.Serialization.CrmJson"/> serialises, for the round-trip
/// test over <see cref="Domain.Serialization.CrmJson.SerializableTypes"/>. Explicit factories come first; some kinds
/// are derived: an enum is its last declared member, an accumulator's state and result come from the accumulator's
/// sample, an aggregate's events and event history from its snapshot's history, an array from its element's sample.
/// </summary>
public static class JsonSamples
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 9, 30);

    private static readonly Dictionary<Type, Func<object>> Factories = new()
    {
        // Primitives.
        [typeof(Money)] = () => Money.Of(1234.56m, "EUR"),
        [typeof(Currency)] = () => Currency.Of("JPY"),
        [typeof(CustomerId)] = () => CustomerId.Of("C-42"),
        [typeof(Percentage)] = () => Percentage.Of(12.5),
        [typeof(Probability)] = () => Probability.Of(0.375),
        [typeof(Ratio)] = () => Ratio.Of(3, 8),
        [typeof(Score)] = () => Score.Of(-12.5),
        [typeof(ScoreContribution)] = () => new ScoreContribution("visits", 2, 7, 14),

        // Customers.
        [typeof(EmailAddress)] = () => EmailAddress.Parse("ana@example.org"),
        [typeof(PhoneNumber)] = () => PhoneNumber.Parse("+44 20 7946 0018"),
        [typeof(PostalAddress)] = () => PostalAddress.Create("1 High Street", "SW1A 1AA", "London", "GB"),
        [typeof(PersonName)] = () => PersonName.Create("Ana", "Lima"),
        [typeof(Role)] = () => Role.Of("sales"),
        [typeof(Actor)] = () => Actor.Of("ana", "sales"),
        [typeof(ConsentPurpose)] = () => ConsentPurpose.Of("marketing"),
        [typeof(ContactPoint)] = () => ContactPoint.ForEmail(EmailAddress.Parse("ana@example.org"), VerificationState.Verified, T0),
        [typeof(Interaction)] = () => Interaction.Create("call-7", T0, InteractionKind.Other, Channel.Phone, InteractionDirection.Inbound),
        // Issue 17 (w-lawful): a grant with expiry and re-permission date; a legitimate-interest record with its balancing test.
        [typeof(ConsentRecord)] = () => ConsentRecord.Grant(Channel.Email, ConsentPurpose.Of("marketing"), T0, "web form", ConsentProof.None)
            .WithExpiry(T0 + Duration.FromDays(730)).WithRepermission(T0 + Duration.FromDays(365)),
        [typeof(BalancingTest)] = () => BalancingTest.Of(Actor.Of("dpo", "admin"), T0, BalancingOutcome.InterestPrevails, "LIA-2026-01"),

        // Metrics.
        [typeof(CesRating)] = () => CesRating.Of(5, CesScale.Agreement7),
        [typeof(CsatRating)] = () => CsatRating.Of(4),
        [typeof(NpsRating)] = () => NpsRating.Of(9),
        [typeof(RetentionPeriodCounts)] = () => RetentionPeriodCounts.Of(200, 190, 30),
        [typeof(AcquisitionSpend)] = () => AcquisitionSpend.Of(Money.Of(10_000m, "EUR"), 40),
        [typeof(RetentionSpend)] = () => RetentionSpend.Of(Money.Of(3_000m, "EUR"), 40),
        [typeof(ClosedCase)] = () => ClosedCase.Of(T0, T0 + Duration.FromHours(5)),
        [typeof(IndexItem)] = () => IndexItem.Of("speed", 2),
        [typeof(IndexResponse)] = () => IndexResponse.WithSkips(8, null, 5),
        [typeof(WeightedIndex)] = () => WeightedIndex.Create("service", 1, 10, [IndexItem.Of("speed", 2), IndexItem.Of("care"), IndexItem.Of("price")]),
        [typeof(KpiTarget)] = () => KpiTarget.AtLeast(40, 30),
        [typeof(KpiDefinition)] = () => KpiDefinition.Create("Net promoter", KpiUnit.Number, KpiTarget.AtLeast(40, 30), "NPS"),
        [typeof(KpiValue)] = () => KpiValue.Of(35.5, "n = 120"),
        [typeof(AbcThresholds)] = () => AbcThresholds.Of(0.7, 0.9),

        // Accumulators (their states and results are derived).
        [typeof(CesAccumulator)] = () => CesAccumulator.For(CesScale.Agreement7).AddRange([CesRating.Of(5, CesScale.Agreement7), CesRating.Of(2, CesScale.Agreement7)]),
        [typeof(CsatAccumulator)] = () => CsatAccumulator.Empty.AddRange([CsatRating.Of(1), CsatRating.Of(4), CsatRating.Of(5)]),
        [typeof(NpsAccumulator)] = () => NpsAccumulator.Empty.AddRange([NpsRating.Of(0), NpsRating.Of(9), NpsRating.Of(10)]),
        [typeof(RetentionAccumulator)] = () => RetentionAccumulator.Empty.Add(RetentionPeriodCounts.Of(100, 95, 15)).Add(RetentionPeriodCounts.Of(50, 60, 20)),
        [typeof(AcquisitionCostAccumulator)] = () => AcquisitionCostAccumulator.Empty.Add(AcquisitionSpend.Of(Money.Of(10_000m, "EUR"), 40)),
        [typeof(RetentionCostAccumulator)] = () => RetentionCostAccumulator.Empty.AddRange([RetentionSpend.Of(Money.Of(3_000m, "EUR"), 40), RetentionSpend.Of(Money.Of(500.5m, "EUR"), 7)]),
        [typeof(FirstContactResolutionAccumulator)] = () => FirstContactResolutionAccumulator.Empty.AddRange([true, false, true]),
        [typeof(RenewalRateAccumulator)] = () => RenewalRateAccumulator.Empty.AddRange([true, true, false]),
        [typeof(ServicesPerCustomerAccumulator)] = () => ServicesPerCustomerAccumulator.Empty.AddRange([1, 3, 0, 4]),
        [typeof(TimeToResolutionAccumulator)] = () => TimeToResolutionAccumulator.Empty.AddRange([ClosedCase.Of(T0, T0 + Duration.FromHours(5)), ClosedCase.Of(T0, T0 + Duration.FromMinutes(47))]),
        [typeof(SameDayClosureAccumulator)] = () => SameDayClosureAccumulator.For(DateTimeZoneProviders.Tzdb["Europe/London"]).AddRange([ClosedCase.Of(T0, T0 + Duration.FromHours(5)), ClosedCase.Of(T0, T0 + Duration.FromDays(2))]),
        [typeof(CallVolumeAccumulator)] = () => CallVolumeAccumulator.For(DateTimeZoneProviders.Tzdb["Europe/London"]).AddRange([T0, T0 + Duration.FromHours(1), T0 + Duration.FromDays(1)]),
        [typeof(WeightedIndexAccumulator)] = () => WeightedIndexAccumulator.For(WeightedIndex.Create("service", 1, 10, [IndexItem.Of("speed", 2), IndexItem.Of("care"), IndexItem.Of("price")]))
            .AddRange([IndexResponse.Of(8, 9, 5), IndexResponse.WithSkips(10, null, 3)]),

        // Service, competencies, customer value.
        [typeof(SlaTargets)] = () => SlaTargets.Of(Duration.FromHours(4), Duration.FromDays(2)),
        [typeof(WorkingHours)] = () => WorkingHours.Of(IsoDayOfWeek.Tuesday, new LocalTime(9, 0), new LocalTime(17, 30)),
        [typeof(MaturityLevel)] = () => MaturityLevel.Of(4),
        [typeof(CriterionRating)] = () => new CriterionRating("a1", MaturityLevel.Of(3), "alice", new LocalDate(2026, 3, 2), "workshop notes"),
        [typeof(Criterion)] = () => new Criterion("a1", "Customer strategy", CrmType.Analytical, 2, "Has one"),
        [typeof(CustomerSummary)] = () => CustomerSummary.Create(3, 20.5, 38, 42.25),
        [typeof(RfmScore)] = () => RfmScore.Create(5, 3, 1),
        [typeof(RfmObservation)] = () => RfmObservation.Create(12, 4, 310.5),
        [typeof(DiscountRate)] = () => DiscountRate.PerYear(0.1),
        [typeof(Conversion)] = () => new Conversion(CustomerId.Of("C-42"), T0, Money.Of(99.9m, "EUR")),
        [typeof(Touch)] = () => new Touch("spring", CustomerId.Of("C-42"), T0, Channel.Email),
        // Published CDNOW parameters (Fader, Hardie & Lee 2005; lifetimes' documentation for Pareto/NBD and Gamma-Gamma).
        [typeof(BgNbdModel)] = () => BgNbdModel.Create(0.2425982, 4.4136842, 0.7929899, 2.4261667),
        [typeof(MbgNbdModel)] = () => MbgNbdModel.Create(0.525, 6.183, 0.891, 1.614),
        [typeof(ParetoNbdModel)] = () => ParetoNbdModel.Create(0.5534, 10.5802, 0.6061, 11.6562),
        [typeof(GammaGammaModel)] = () => GammaGammaModel.Create(6.25, 3.74, 15.44),
        // Fits with their reports (issue 14): the CDNOW fits the validation tests share.
        [typeof(FitReport)] = () => Crm.Domain.Tests.CustomerValue.Models.CdnowFits.BgNbd.Report,
        [typeof(ModelFit<BgNbdModel>)] = () => Crm.Domain.Tests.CustomerValue.Models.CdnowFits.BgNbd,
        [typeof(ModelFit<ParetoNbdModel>)] = () => Crm.Domain.Tests.CustomerValue.Models.CdnowFits.ParetoNbd,
        [typeof(ModelFit<MbgNbdModel>)] = () => MbgNbdModel.Fit(Crm.Domain.Tests.CustomerValue.Models.CdnowData.Summaries),
        [typeof(ModelFit<GammaGammaModel>)] = () => Crm.Domain.Tests.CustomerValue.Models.CdnowFits.GammaGamma,
        [typeof(CustomerTimeline)] = () => CustomerTimeline.Of([
            Interaction.Create("order-1", T0, InteractionKind.Order, Channel.Web, InteractionDirection.Inbound),
            Interaction.Create("call-1", T0 + Duration.FromDays(2), InteractionKind.Support, Channel.Phone, InteractionDirection.Inbound)]),
        [typeof(CesScale)] = () => CesScale.Agreement7,
        [typeof(LeadTemperatureThresholds)] = () => LeadTemperatureThresholds.Of(40, 70),
        [typeof(CampaignOffer)] = () => new CampaignOffer("SPRING", "10% off", Money.Of(90m, "EUR"), new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31)), Money.Of(100m, "EUR"), "while stocks last"),
        [typeof(SalesParty)] = () => SalesParty.Lead("L-1"),
        [typeof(RateEstimate)] = () => RateEstimate.Wilson(12, 100),
        [typeof(CampaignCustomer)] = () => CampaignCustomer.Of(CustomerId.Of("C-42"), "loyal", 5, 4, 3, 2),
        [typeof(CampaignResponse)] = () => CampaignResponse.Converted(CustomerId.Of("C-42"), Money.Of(99.9m, "EUR"), T0, Channel.Email),
        [typeof(SummaryOptions)] = () => SummaryOptions.Create(new LocalDate(2025, 12, 31), new LocalDate(2026, 6, 30), SummaryPeriod.Month, TransactionMerging.SamePeriod),
        [typeof(CustomerSummaryBuilderState<CustomerId>)] = () => BuilderState(CustomerId.Of("C-42"), CustomerId.Of("C-7")),
        [typeof(CustomerSummaryBuilderState<string>)] = () => BuilderState("ana", "bo"),
        [typeof(CustomerSummaryBuilderState<long>)] = () => BuilderState(42L, 7L),
        [typeof(CustomerSummaryBuilderState<int>)] = () => BuilderState(42, 7),
        [typeof(CustomerSummaryBuilder<CustomerId>)] = () => Builder(CustomerId.Of("C-42"), CustomerId.Of("C-7")),
        [typeof(CustomerSummaryBuilder<string>)] = () => Builder("ana", "bo"),
        [typeof(CustomerSummaryBuilder<long>)] = () => Builder(42L, 7L),
        [typeof(CustomerSummaryBuilder<int>)] = () => Builder(42, 7),
        [typeof(Initiative)] = () => new Initiative("crm-data", "Clean the customer data", RoadmapPhase.Implementation, ["a1"], 0.5, 2, description: "first"),
        [typeof(ResponseTally)] = () => ResponseTally.Empty.AddRange(CampaignArbitraries.Generate(40, 7)),
        [typeof(AuditEntry)] = () => CustomerFixtures.Rich("C1").ToSnapshot().AuditTrail.Last(),

        [typeof(Activity)] = () => new Activity("A1", ActivityKind.Call, SalesParty.Lead("L-1"), "ana", T0, ActivityOutcome.Positive, "asked for a quote"),
        [typeof(FollowUp)] = () => new FollowUp("F1", SalesParty.Lead("L-1"), "Send quote", "ana", T0, T0 + Duration.FromDays(2)),
        [typeof(ResponseOutcome)] = () => CampaignArbitraries.Generate(40, 7).Last(),
        [typeof(ScoreBreakdown)] = () => ScoringModel<int>.Create([(ScoringRule<int>.When("large", v => v >= 500, 20), 1d), (ScoringRule<int>.Create("size", v => v / 100d), 2.5d)], 0, 100).Evaluate(700),
        [typeof(Domain.Specifications.SpecificationResult)] = () => (Domain.Specifications.Spec.Where<int>("even", v => v % 2 == 0) & !Domain.Specifications.Spec.Where<int>("positive", v => v > 0)).Evaluate(-4),

        [typeof(AccountTrend)] = () => new AccountTrend(CustomerId.Of("C-42"), 6, Money.Of(-12.5m, "EUR"), Money.Of(80m, "EUR"), -0.05, true),
        [typeof(AttributionShare)] = () => new AttributionShare("spring", 0.6, Money.Of(60m, "EUR")),
        [typeof(AudienceCounts)] = () => new AudienceCounts(10, 1, 1, 1, 5, 2),
        [typeof(CampaignCredit)] = () => new CampaignCredit("spring", 1.5, Money.Of(150m, "EUR")),
        [typeof(CohortActivity)] = () => new CohortActivity(CustomerId.Of("C-42"), new YearMonth(2026, 3)),
        [typeof(ContactRequest)] = () => new ContactRequest(CustomerId.Of("C-42"), Channel.Email, T0),
        [typeof(DailyCallCount)] = () => new DailyCallCount(new LocalDate(2026, 3, 2), 17),
        [typeof(MonthlyCallCount)] = () => new MonthlyCallCount(new YearMonth(2026, 3), 420),
        [typeof(Defection)] = () => new Defection(CustomerId.Of("C-42"), T0, Enum.GetValues<ChurnDriver>().Last(), "moved away"),
        [typeof(LeadBehaviour)] = () => new LeadBehaviour(Enum.GetValues<LeadBehaviourKind>().Last(), T0),
        [typeof(LiftTest)] = () => LiftTest.TwoProportion(30, 200, 12, 200),
        [typeof(KpiOutcome)] = () => new KpiOutcome(KpiDefinition.Create("Net promoter", KpiUnit.Number, KpiTarget.AtLeast(40, 30)), KpiValue.Of(35.5), KpiStatus.AtRisk),
        [typeof(Scorecard)] = () => Scorecard.Create("Service", [KpiDefinition.Create("Net promoter", KpiUnit.Number, KpiTarget.AtLeast(40, 30)), KpiDefinition.Create("Backlog", KpiUnit.Number, KpiTarget.AtMost(10, 20))]),
        [typeof(NotDuplicateDecision)] = () => new NotDuplicateDecision(CustomerId.Of("C-1"), CustomerId.Of("C-2"), Actor.Of("ana", "sales"), T0),
        [typeof(ImmutableArray<NotDuplicateDecision>)] = () => ImmutableArray.Create(
            new NotDuplicateDecision(CustomerId.Of("C-1"), CustomerId.Of("C-2"), Actor.Of("ana", "sales"), T0),
            new NotDuplicateDecision(CustomerId.Of("C-3"), CustomerId.Of("C-4"), Actor.Of("ben", "service"), T0 + Duration.FromHours(1))),
        [typeof(PeriodRetention)] = () => new PeriodRetention(new YearMonth(2026, 3), 200, 190, 10, 30, 4),
        [typeof(PipelinePeriod)] = () => new PipelinePeriod(new YearMonth(2026, 3), "2026-03", 4, Money.Of(1000m, "EUR"), Money.Of(400m, "EUR"), Money.Of(250m, "EUR")),
        [typeof(SwitchingBarrier)] = () => new SwitchingBarrier(Enum.GetValues<SwitchingBarrierKind>().Last(), Probability.Of(0.7), new LocalDate(2027, 1, 1)),
        [typeof(ValuedCustomer)] = () => ValuedCustomer.Of(CustomerId.Of("C-42"), 1234.5),
        [typeof(ConsentLedger)] = () => ConsentLedger.Of([
            ConsentRecord.Grant(Channel.Email, ConsentPurpose.Of("marketing"), T0, "web form", ConsentProof.None),
            ConsentRecord.Withdraw(Channel.Sms, ConsentPurpose.Of("marketing"), T0 + Duration.FromDays(3), "reply STOP")]),
        [typeof(TargetProfile)] = () => TargetProfile.Uniform(LongestOf(AssessmentProcessArbitraries.Assessments().Generator, c => c.Assessment.Version).Framework, MaturityLevel.Of(4)),
        [typeof(RetentionStrategyEntry)] = () => new RetentionStrategyEntry(Enum.GetValues<RetentionStrategy>().Last(), "Win back", [Enum.GetValues<DefectorType>().Last()], [Enum.GetValues<ChurnDriver>().Last()]),

        // Accounts (issue 16): the account's snapshot, events and history are derived from the rich fixture.
        [typeof(AccountId)] = () => AccountId.Of("A-42"),
        [typeof(CompanyIdentifier)] = () => CompanyIdentifier.Vat("DE136695976"),
        [typeof(HouseholdMember)] = () => new HouseholdMember(CustomerId.Of("C-42"), HouseholdRelation.Child),
        [typeof(Household)] = Crm.Domain.Tests.Accounts.HouseholdTests.Lima,
        [typeof(Account)] = Crm.Domain.Tests.Accounts.AccountFixtures.Rich,
        // Account field changes and merges (issue 16 leftovers): events not in the rich fixture's history.
        [typeof(AccountLegalNameChanged)] = () => Crm.Domain.Tests.Accounts.AccountChangeTests.Changed().History.OfType<AccountLegalNameChanged>().Single(),
        [typeof(AccountIdentifiersChanged)] = () => Crm.Domain.Tests.Accounts.AccountChangeTests.Changed().History.OfType<AccountIdentifiersChanged>().Single(),
        [typeof(AccountIndustryChanged)] = () => Crm.Domain.Tests.Accounts.AccountChangeTests.Changed().History.OfType<AccountIndustryChanged>().Single(),
        [typeof(AccountSizeChanged)] = () => Crm.Domain.Tests.Accounts.AccountChangeTests.Changed().History.OfType<AccountSizeChanged>().Single(),
        [typeof(AccountAddressChanged)] = () => Crm.Domain.Tests.Accounts.AccountChangeTests.Changed().History.OfType<AccountAddressChanged>().Single(),
        [typeof(AccountWebDomainChanged)] = () => Crm.Domain.Tests.Accounts.AccountChangeTests.Changed().History.OfType<AccountWebDomainChanged>().Single(),
        [typeof(AccountMerged)] = () => new AccountMerged(Crm.Domain.Tests.Accounts.AccountFixtures.T0 + Duration.FromDays(1), Crm.Domain.Tests.Accounts.AccountFixtures.Rich().History),
        [typeof(AccountMergedInto)] = () => new AccountMergedInto(Crm.Domain.Tests.Accounts.AccountFixtures.T0 + Duration.FromDays(1), AccountId.Of("A-GROUP")),

        // Aggregates: their snapshots, events and histories are derived.
        // With a partner attribution last, so the partner events (issue 16 item 5) are in the derived samples too.
        [typeof(Lead)] = PartneredLead,
        [typeof(Opportunity)] = PartneredOpportunity,
        [typeof(ServiceCase)] = ServiceCaseProcessTests.Busy,
        [typeof(Complaint)] = ComplaintProcessTests.Decided,
        [typeof(Crm.Domain.Privacy.DataSubjectRequest)] = Crm.Domain.Tests.Privacy.PrivacyFixtures.Sample,
        [typeof(Campaign)] = CampaignProcessTests.RunningWithResponses,
        [typeof(SalesJournal)] = SalesJournalProcessTests.Sample,
        [typeof(Customer)] = () => CustomerFixtures.Rich("C1"),
        [typeof(Relationship)] = Crm.Domain.Tests.Acquisition.RelationshipProcessTests.Sample,
        [typeof(Assessment)] = () => LongestOf(AssessmentProcessArbitraries.Assessments().Generator, c => c.Assessment.Version).Assessment,
        [typeof(AssessmentHistory)] = () => LongestOf(AssessmentProcessArbitraries.Histories().Generator, c => c.History.Version).History,
        [typeof(CompetencyFramework)] = () => LongestOf(AssessmentProcessArbitraries.Assessments().Generator, c => c.Assessment.Version).Framework,
        [typeof(CompetencyBlock)] = () => LongestOf(AssessmentProcessArbitraries.Assessments().Generator, c => c.Assessment.Version).Framework.Blocks[0],

        // Pricing and quotes (issue 16 item 3): the hand-worked B2B catalogue and quote.
        [typeof(Crm.Domain.Sales.Pricing.Product)] = () => Crm.Domain.Tests.Sales.Pricing.PricingFixtures.Seat.Deactivate(),
        [typeof(Crm.Domain.Sales.Pricing.PriceTier)] = () => Crm.Domain.Tests.Sales.Pricing.PricingFixtures.Europe2027().Entries[0].Tiers[1],
        [typeof(Crm.Domain.Sales.Pricing.PriceListEntry)] = () => Crm.Domain.Tests.Sales.Pricing.PricingFixtures.Europe2027().Entries[0],
        [typeof(Crm.Domain.Sales.Pricing.PriceList)] = Crm.Domain.Tests.Sales.Pricing.PricingFixtures.Europe2027,
        [typeof(Crm.Domain.Sales.Pricing.Discount)] = () => Crm.Domain.Sales.Pricing.Discount.Percent(7.5m),
        [typeof(Crm.Domain.Sales.Pricing.DiscountLimit)] = () => Crm.Domain.Tests.Sales.Pricing.PricingFixtures.Limits().Limits[1],
        [typeof(Crm.Domain.Sales.Pricing.DiscountLimits)] = Crm.Domain.Tests.Sales.Pricing.PricingFixtures.Limits,
        [typeof(Crm.Domain.Sales.Pricing.LineItem)] = Crm.Domain.Tests.Sales.Pricing.PricingFixtures.Seats,
        [typeof(Crm.Domain.Sales.Quotes.Quote)] = Crm.Domain.Tests.Sales.Quotes.QuoteProcessTests.Accepted,

        // Personal data (issue 17 items 2 and 3): the fixtures' export of one person, a plan item kept under a legal hold.
        [typeof(Crm.Domain.PersonalData.PersonalDataExport)] = Crm.Domain.Tests.PersonalData.PersonalDataFixtures.SampleExport,
        [typeof(Crm.Domain.PersonalData.PersonalDataRecord)] = () => Crm.Domain.Tests.PersonalData.PersonalDataFixtures.SampleExport().Records[0],
        [typeof(Crm.Domain.PersonalData.PersonalDataField)] = () => Crm.Domain.Tests.PersonalData.PersonalDataFixtures.SampleExport().Records[0].Fields[1],
        [typeof(Crm.Domain.PersonalData.RetentionRule)] = () => new Crm.Domain.PersonalData.RetentionRule(Crm.Domain.PersonalData.DataCategory.Complaints, NodaTime.Period.FromMonths(6), "FCA DISP 1.9"),
        [typeof(Crm.Domain.PersonalData.LegalHold)] = () => new Crm.Domain.PersonalData.LegalHold("serviceCase", "K-0", "invoice 2026-114 under dispute"),
        [typeof(Crm.Domain.PersonalData.ErasurePlanItem)] = () => new Crm.Domain.PersonalData.ErasurePlanItem("serviceCase", "K-0",
            Crm.Domain.PersonalData.ErasureAction.KeepUnderLegalHold, "legal hold: invoice 2026-114 under dispute"),

        // Issue 17 item 2's edge (w-close): a restriction and an objection, the set the id-keyed scorers are screened with.
        [typeof(Crm.Domain.Privacy.ProcessingRestriction)] = () => new Crm.Domain.Privacy.ProcessingRestriction(CustomerId.Of("C-7"), T0, RestrictionGround.AccuracyContested, T0 + Duration.FromDays(3)),
        [typeof(Crm.Domain.Privacy.ProcessingRestrictions)] = () => new Crm.Domain.Privacy.ProcessingRestrictions([
            new Crm.Domain.Privacy.ProcessingRestriction(CustomerId.Of("C-7"), T0, RestrictionGround.LegalClaims, null),
            new Crm.Domain.Privacy.ProcessingRestriction(CustomerId.Of("C-3"), null, null, T0 + Duration.FromDays(1))]),

        // Reports and results (issue 13): each from the library call that produces it, so the sample is a real one.
        [typeof(AbcClassification)] = () => AbcClassifier.Default.Classify([ValuedCustomer.Of(CustomerId.Of("C-1"), 700), ValuedCustomer.Of(CustomerId.Of("C-2"), 200), ValuedCustomer.Of(CustomerId.Of("C-3"), 80), ValuedCustomer.Of(CustomerId.Of("C-4"), 20)]),
        [typeof(AbcAssignment)] = () => AbcClassifier.Default.Classify([ValuedCustomer.Of(CustomerId.Of("C-1"), 700), ValuedCustomer.Of(CustomerId.Of("C-2"), 300)]).Assignments[1],
        [typeof(AttributionReport)] = Attribution,
        [typeof(AttributedConversion)] = () => Attribution().Conversions[0],
        [typeof(CampaignAudience)] = () => CampaignProcessTests.RunningWithResponses().Audience!,
        [typeof(ChurnDriverReport)] = () => ChurnDriverAnalysis.Analyze([
            new Defection(CustomerId.Of("C-1"), T0, ChurnDriver.PriceTooHigh, "too dear"),
            new Defection(CustomerId.Of("C-2"), T0, Enum.GetValues<ChurnDriver>().Last(), "moved away")]),
        [typeof(DefectionRisk)] = () => DefectionPolicy.Create(2, Probability.Of(0.3)).Assess(CustomerId.Of("C-42"),
            [T0 - Duration.FromDays(90), T0 - Duration.FromDays(60), T0 - Duration.FromDays(30)], T0 + Duration.FromDays(100), Probability.Of(0.2), [ChurnDriver.PriceTooHigh]),
        [typeof(FunnelReport)] = () => FunnelAnalysis.Analyze(LeadArbitraries.LeadGen().Sample(20, 30), T0 + Duration.FromDays(400)),
        [typeof(GroupTally)] = () => new GroupTally(100, 90, 80, 40, 12, 8, 3, 5),
        [typeof(IndexItemScore)] = () => WeightedIndexAccumulator.For(WeightedIndex.Create("service", 1, 10, [IndexItem.Of("speed", 2), IndexItem.Of("care")]))
            .AddRange([IndexResponse.Of(8, 9), IndexResponse.WithSkips(10, null)]).Result.Items[0],
        [typeof(ScorecardReport)] = () => Scorecard.Create("Service", [KpiDefinition.Create("Net promoter", KpiUnit.Number, KpiTarget.AtLeast(40, 30)), KpiDefinition.Create("Backlog", KpiUnit.Number, KpiTarget.AtMost(10, 20))])
            .Evaluate([new KeyValuePair<string, KpiValue>("Net promoter", KpiValue.Of(35.5)), new KeyValuePair<string, KpiValue>("Backlog", KpiValue.Of(4))]),
        [typeof(SegmentAnalysis)] = Segment,
        [typeof(SegmentDecision)] = () => NextWavePolicy.Default.Decide(Segment()),
        [typeof(SlaEvaluation)] = Sla,
        [typeof(SlaTimer)] = () => Sla().Resolution,
    };

    /// <summary>A builder's state with a calibration-and-holdout customer and a holdout-only one.</summary>
    private static CustomerSummaryBuilderState<T> BuilderState<T>(T first, T second)
        where T : notnull, IEquatable<T> => Builder(first, second).ToState();

    /// <summary>A builder with a calibration-and-holdout customer and a holdout-only one.</summary>
    private static CustomerSummaryBuilder<T> Builder<T>(T first, T second)
        where T : notnull, IEquatable<T>
    {
        var builder = new CustomerSummaryBuilder<T>(SummaryOptions.Create(new LocalDate(2025, 12, 31), new LocalDate(2026, 6, 30)));
        builder.Add(first, new LocalDate(2025, 3, 1), 12.5);
        builder.Add(first, new LocalDate(2025, 3, 9), 4d);
        builder.Add(first, new LocalDate(2026, 2, 1), 30d);
        builder.Add(second, new LocalDate(2026, 5, 1), 8d);
        return builder;
    }

    /// <summary>The types the round-trip test does not cover yet. The test fails if a type here gets a sample or leaves
    /// <see cref="Domain.Serialization.CrmJson.SerializableTypes"/>, so the list can only shrink; a new serialisable
    /// type must come with a sample.</summary>
    /// <remarks>Empty since issue 13: every listed type has a sample (the JSON fuzzer mutates each of them).</remarks>
    public static readonly ImmutableHashSet<string> Pending = [];

    private static AttributionReport Attribution() =>
        AttributionRule.Linear(Duration.FromDays(7)).AttributeAll(
            [new Conversion(CustomerId.Of("C-42"), T0, Money.Of(90m, "EUR")), new Conversion(CustomerId.Of("C-7"), T0, Money.Of(10m, "EUR"))],
            [new Touch("spring", CustomerId.Of("C-42"), T0 - Duration.FromDays(2), Channel.Email), new Touch("summer", CustomerId.Of("C-42"), T0 - Duration.FromDays(1), Channel.Sms)]);

    private static SegmentAnalysis Segment() =>
        SegmentAnalysis.Create("loyal", ResponseTally.Empty.AddRange(CampaignArbitraries.Generate(40, 7)), 100m, 10m, Money.Of(5m, "EUR"), 0.95);

    private static SlaEvaluation Sla() =>
        SlaPolicy.Create("standard", BusinessCalendar.Create(DateTimeZoneProviders.Tzdb["Europe/London"], WorkingHours.Weekdays(new LocalTime(9, 0), new LocalTime(17, 0))),
                Enum.GetValues<CasePriority>().ToDictionary(p => p, p => SlaTargets.Of(Duration.FromHours(8 - (int)p), Duration.FromDays(4 - (int)p))),
                Probability.Of(0.8))
            .Evaluate(ServiceCaseProcessTests.Busy(), ServiceCaseProcessTests.Busy().History[^1].At + Duration.FromHours(1));

    private static Lead PartneredLead()
    {
        var lead = LongestOf(LeadArbitraries.LeadGen(), l => l.Version);
        return lead.AttributeTo("D-7", PartnerKind.Dealer, lead.History[^1].At);
    }

    private static Opportunity PartneredOpportunity()
    {
        var opportunity = LongestOf(OpportunityArbitraries.OpportunityGen(), o => o.Version);
        return opportunity.AttributeTo("R-1", PartnerKind.Reseller, opportunity.History[^1].At);
    }

    /// <summary>The generated value with the most events among a few (random, but never trivial).</summary>
    private static T LongestOf<T>(FsCheck.Gen<T> gen, Func<T, int> size) => gen.Sample(20, 30).MaxBy(size)!;

    /// <summary>The sample of <paramref name="type"/> if it has an explicit factory (cheap: nothing derived), or null.</summary>
    public static object? Explicit(Type type) => Factories.TryGetValue(type, out var factory) ? factory() : null;

    /// <summary>The sample of <paramref name="type"/>, or null if there is none.</summary>
    public static object? For(Type type)
    {
        if (Factories.TryGetValue(type, out var factory))
        {
            return factory();
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).Cast<object>().Last();
        }

        if (type.IsArray && For(type.GetElementType()!) is { } element)
        {
            var array = Array.CreateInstance(type.GetElementType()!, 2);
            array.SetValue(element, 0);
            array.SetValue(element, 1);
            return array;
        }

        return Derived(type);
    }

    private static object? Derived(Type type)
    {
        foreach (var (owner, factory) in Factories)
        {
            var sample = factory();

            // An accumulator's state and result.
            var stateContract = owner.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAccumulatorState<,>));
            if (stateContract?.GetGenericArguments()[1] == type)
            {
                return owner.GetMethod("ToState", Type.EmptyTypes)!.Invoke(sample, null);
            }

            if (stateContract is not null && owner.GetProperty("Result")?.PropertyType == type)
            {
                return owner.GetProperty("Result")!.GetValue(sample);
            }

            // An aggregate's snapshot.
            if (owner.GetMethod("ToSnapshot", Type.EmptyTypes) is { } toSnapshot && toSnapshot.ReturnType == type)
            {
                return toSnapshot.Invoke(sample, null);
            }

            // An aggregate's event history, and its last event of a type as a sample of that event type.
            if (owner.GetProperty("History", BindingFlags.Public | BindingFlags.Instance) is { } history && history.PropertyType.IsGenericType
                && history.PropertyType.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
            {
                var events = history.GetValue(sample)!;
                if (history.PropertyType == type)
                {
                    return events;
                }

                if (((System.Collections.IEnumerable)events).Cast<object>().LastOrDefault(type.IsInstanceOfType) is { } e)
                {
                    return e;
                }
            }
        }

        return null;
    }
}
