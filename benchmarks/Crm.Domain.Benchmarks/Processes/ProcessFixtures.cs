using Crm.Domain.Acquisition;
using Crm.Domain.Campaigns;
using Crm.Domain.Competencies;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Sales;
using Crm.Domain.Service;
using Crm.Domain.Specifications;
using NodaTime;

namespace Crm.Domain.Benchmarks.Processes;

/// <summary>The aggregates the storage benchmarks replay and snapshot.</summary>
public enum ProcessKind
{
    Lead,
    Opportunity,
    ServiceCase,
    Complaint,
    Campaign,
    SalesJournal,
    Customer,
    Assessment,
    AssessmentHistory,
}

/// <summary>
/// Aggregates built by seeded runs of valid commands (the same kinds of sequence the process-law tests use), so a
/// benchmark replays histories that the commands really produce.
/// </summary>
public static class ProcessFixtures
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 1, 5, 9, 0);
    private static readonly Currency Eur = Currency.Of("EUR");
    private static readonly Actor Admin = Actor.Of("u-admin", "admin");
    private static readonly SalesParty[] Parties = [SalesParty.Customer(CustomerId.Of("ACME")), SalesParty.Lead("L-1"), SalesParty.Lead("L-2")];

    /// <summary>A lead with about <paramref name="events"/> events: advances, losses, recycles and tag changes.</summary>
    public static Lead Lead(int seed, int events)
    {
        var random = new Random(seed);
        var lead = Crm.Domain.Acquisition.Lead.Create($"L-{seed}", LeadSource.Referral, T0, ProspectAttitude.Preferer);
        while (lead.Version < events)
        {
            var at = T0 + Duration.FromMinutes(lead.Version * 90);
            var step = random.Next(4);
            lead = step switch
            {
                < 2 when lead.IsOpen => lead.Advance(at),
                2 when lead.IsOpen => lead.Lose(LossReason.Price, at, "too dear"),
                _ when lead.Stage == FunnelStage.Lost => lead.Recycle(at),
                _ => lead.WithStrategies([(AcquisitionStrategy)random.Next(1, 5)], at),
            };
        }

        return lead;
    }

    /// <summary>An opportunity with <paramref name="events"/> events: stage moves and reforecasts.</summary>
    public static Opportunity Opportunity(int seed, int events)
    {
        var random = new Random(seed);
        var o = Crm.Domain.Sales.Opportunity.Open($"O-{seed}", "licences", Parties[seed % Parties.Length], "ana", Money.Of(1000m + seed, "EUR"), new LocalDate(2026, 6, 30), T0);
        OpportunityStage[] open = [OpportunityStage.Prospecting, OpportunityStage.Qualification, OpportunityStage.Proposal, OpportunityStage.Negotiation];
        while (o.Version < events)
        {
            var at = T0 + Duration.FromMinutes(o.Version * 60);
            o = random.Next(2) == 0
                ? o.Reforecast(Money.Of(random.Next(100, 100_000), "EUR"), new LocalDate(2026, 6, 1).PlusDays(random.Next(0, 90)), at)
                : o.MoveTo(open[(Array.IndexOf(open, o.Stage) + 1) % open.Length], at);
        }

        return o;
    }

    /// <summary>A service case with <paramref name="events"/> events: responses, waits, escalations, resolves, reopens.</summary>
    public static ServiceCase ServiceCase(int seed, int events)
    {
        var random = new Random(seed);
        var c = Crm.Domain.Service.ServiceCase.Open($"C-{seed}", CustomerId.Of($"cust-{seed}"), "Tier1", CasePriority.Normal, Channel.Email, T0);
        while (c.Version < events)
        {
            c = Next(c, random);
        }

        return c;
    }

    /// <summary>A complaint filed on a case that then runs to about <paramref name="events"/> case events.</summary>
    public static Complaint Complaint(int seed, int events)
    {
        var random = new Random(seed);
        var serviceCase = ServiceCase(seed, 3);
        var complaint = Crm.Domain.Service.Complaint.File(serviceCase, "late delivery");
        while (complaint.Version < events)
        {
            serviceCase = Next(serviceCase, random);
            complaint = complaint.WithCase(serviceCase);
        }

        return complaint;
    }

    /// <summary>A running campaign over <paramref name="customers"/> customers with about <paramref name="events"/> events
    /// (set-up, then batches of responses).</summary>
    public static Campaign Campaign(int seed, int events, int customers = 200)
    {
        var random = new Random(seed);
        var people = Enumerable.Range(0, customers)
            .Select(i => CampaignCustomer.Of(CustomerId.Of($"C{i:D6}"), i % 2 == 0 ? "loyal" : "new", 1 + (i % 5), 1 + (i % 4), 1 + (i % 3), 1 + (i % 3)))
            .ToArray();
        var audience = AudienceDefinition.Create("all", Spec.All<CampaignCustomer>(), Channel.Email, 0.2, (ulong)seed, ContactEligibility.AllowAll, null).Select(people, T0);
        var offer = new CampaignOffer("SPRING10", "10 % off", Money.Of(45m, Eur), new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)), Money.Of(50m, Eur), "free delivery");
        var c = Crm.Domain.Campaigns.Campaign.Create($"CMP-{seed}", "Spring", Eur, T0).WithOffer(offer, T0).WithAudience(audience, T0)
            .WithCosts(Money.Of(100m, Eur), Money.Of(0.5m, Eur), T0).Schedule(T0, T0).Start(T0);
        while (c.Version < events)
        {
            var at = T0 + Duration.FromMinutes(c.Version);
            var member = audience.Treated[random.Next(audience.Treated.Length)].Id;
            c = c.RecordRange([CampaignResponse.Sent(member, at, Channel.Email), CampaignResponse.Opened(member, at, Channel.Email),
                CampaignResponse.Converted(member, Money.Of(random.Next(1, 20_000) / 100m, Eur), at, Channel.Web)]);
        }

        return c;
    }

    /// <summary>A sales journal with <paramref name="events"/> events: activities, with a follow-up scheduled and
    /// completed now and then.</summary>
    public static SalesJournal SalesJournal(int seed, int events)
    {
        var random = new Random(seed);
        var j = Crm.Domain.Sales.SalesJournal.Create($"J-{seed}", T0);
        var open = (string?)null;
        while (j.Version < events)
        {
            var at = T0 + Duration.FromMinutes(j.Version * 30);
            var party = Parties[random.Next(Parties.Length)];
            if (open is not null && random.Next(8) == 0)
            {
                j = j.Complete(open, at);
                open = null;
            }
            else if (open is null && random.Next(8) == 0)
            {
                open = $"F{j.Version}";
                j = j.Schedule(new FollowUp(open, party, "renewal call", "ana", at, at + Duration.FromDays(2)));
            }
            else
            {
                j = j.Record(new Activity($"A{j.Version}", (ActivityKind)random.Next(1, 5), party, "ana", at, (ActivityOutcome)random.Next(1, 7), null));
            }
        }

        return j;
    }

    /// <summary>A customer with <paramref name="events"/> events: contact points, consents, interactions, notes.</summary>
    public static Customer Customer(int seed, int events)
    {
        var c = Crm.Domain.Customers.Customer.Register(CustomerId.Of($"C-{seed}"), PersonName.Create("Ada", "Lovelace"), Admin, T0, DataAccessPolicy.Standard, "web");
        c = c.AddContactPoint(Admin, ContactPoint.ForEmail(EmailAddress.Parse($"ada{seed}@example.org"), VerificationState.Verified, T0), T0).ThrowIfDenied();
        while (c.Version < events)
        {
            var at = T0 + Duration.FromMinutes(c.Version * 10);
            var k = c.Version % 10;
            c = (k switch
            {
                0 => c.RecordConsent(Admin, ConsentRecord.Grant(Channel.Email, ConsentPurpose.Marketing, at, "web-form", ConsentProof.DoubleOptIn, $"ref-{c.Version}")),
                1 => c.SetNotes(Admin, $"note {c.Version}", at),
                _ => c.RecordInteraction(Admin, Interaction.Create($"i-{c.Version}", at, (InteractionKind)(1 + (k % 7)), Channel.Web, InteractionDirection.Inbound)),
            }).ThrowIfDenied();
        }

        return c;
    }

    /// <summary>The framework the assessment fixtures rate.</summary>
    public static CompetencyFramework Framework => CompetencyFrameworks.Gartner;

    /// <summary>An assessment with <paramref name="events"/> events: ratings (re-ratings included) by three assessors.</summary>
    public static Assessment Assessment(int seed, int events)
    {
        var random = new Random(seed);
        var criteria = Framework.Criteria;
        var day = new LocalDate(2026, 1, 5);
        var a = Crm.Domain.Competencies.Assessment.Start(Framework, "Acme", day, T0);
        string[] assessors = ["alice", "bob", "carol"];
        while (a.Version < events)
        {
            var rating = new CriterionRating(criteria[random.Next(criteria.Length)].Id, MaturityLevel.Of(random.Next(1, 6)), assessors[random.Next(3)], day);
            a = a.Rate(rating, T0 + Duration.FromMinutes(a.Version));
        }

        return a;
    }

    /// <summary>An assessment history of <paramref name="events"/> yearly assessments (each with 20 ratings).</summary>
    public static AssessmentHistory AssessmentHistory(int seed, int events)
    {
        var first = Assessment(seed, 20);
        var h = Crm.Domain.Competencies.AssessmentHistory.Create(first, T0 + Duration.FromDays(1));
        for (var year = 1; h.Version < events; year++)
        {
            var day = new LocalDate(2026 + year, 1, 5);
            var at = Instant.FromUtc(2026 + year, 1, 6, 9, 0);
            var random = new Random(seed + year);
            var criteria = Framework.Criteria;
            var ratings = criteria.OrderBy(_ => random.Next()).Take(20).Select(c => new CriterionRating(c.Id, MaturityLevel.Of(random.Next(1, 6)), "alice", day)).ToList();
            h = h.Record(new Crm.Domain.Competencies.Assessment(Framework, "Acme", day, ratings), at);
        }

        return h;
    }

    private static ServiceCase Next(ServiceCase c, Random random)
    {
        var at = c.LastEventAt + Duration.FromMinutes(random.Next(1, 600));
        var choice = random.Next(12);
        return c.State switch
        {
            CaseState.Open => (choice % 4) switch
            {
                0 => c.Respond(at),
                1 => c.WaitOnCustomer(at),
                2 => c.Escalate(at, "reason " + choice),
                _ => c.Resolve(at),
            },
            CaseState.WaitingOnCustomer => (choice % 3) switch
            {
                0 => c.Resume(at),
                1 => c.Escalate(at, "waiting too long"),
                _ => c.Resolve(at),
            },
            _ => c.Reopen(at),
        };
    }
}
