using BenchmarkDotNet.Attributes;
using Crm.Domain.Benchmarks.Baselines;
using Crm.Domain.Campaigns;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Specifications;
using NodaTime;

namespace Crm.Domain.Benchmarks.Campaigns;

/// <summary>
/// Audience selection over 10,000,000 customers: criteria (segment and RFM), a suppression list of 1 %, a consent
/// check refusing 8 %, and a 10 % hashed hold-out. The span path (<see cref="AudienceDefinition.Classify"/>, quickselect
/// on the hashes) against a naive LINQ pipeline that sorts the eligible customers by hash.
/// </summary>
[MemoryDiagnoser]
public class AudienceDefinitionBenchmarks
{
    private const int N = 10_000_000;
    private static readonly Instant At = Instant.FromUtc(2026, 3, 1, 9, 0);

    private CampaignCustomer[] _customers = [];
    private AudienceAssignment[] _assignments = [];
    private AudienceDefinition _definition = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        string[] segments = ["loyal", "growing", "new", "lapsed", "bargain"];
        _customers = new CampaignCustomer[N];
        for (var i = 0; i < N; i++)
        {
            _customers[i] = CampaignCustomer.Of(CustomerId.Of($"C{i:D8}"), segments[random.Next(segments.Length)], random.Next(1, 6), random.Next(1, 6), random.Next(1, 6), random.Next(1, 4));
        }

        _assignments = new AudienceAssignment[N];
        var suppression = SuppressionList.Of(_customers.Where((_, i) => i % 100 == 7).Select(c => c.Id));
        // A consent rule that needs no lookup table: customers whose last two digits sum to 0 or 12 (8 %) refused e-mail.
        var consent = ContactEligibility.From((id, channel, _) => channel != Channel.Email || (id.Value[^1] + id.Value[^2]) % 12 != 0);
        var criteria = Spec.Where<CampaignCustomer>("not lapsed", c => c.Segment != "lapsed") & Spec.Where<CampaignCustomer>("RFM >= 6", c => c.RfmTotal >= 6);
        _definition = AudienceDefinition.Create("bench", criteria, Channel.Email, 0.1, 7, consent, suppression);
    }

    [Benchmark(Baseline = true)]
    public int NaiveLinq() => NaiveAudience.Select(_definition, _customers, At).Control;

    [Benchmark]
    public long Classify() => _definition.Classify(_customers, At, _assignments).Control;
}
