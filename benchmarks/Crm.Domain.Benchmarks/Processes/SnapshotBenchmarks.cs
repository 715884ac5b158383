using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Crm.Domain.Acquisition;
using Crm.Domain.Campaigns;
using Crm.Domain.Competencies;
using Crm.Domain.Customers;
using Crm.Domain.Sales;
using Crm.Domain.Serialization;
using Crm.Domain.Service;

namespace Crm.Domain.Benchmarks.Processes;

/// <summary>
/// Storing and loading one aggregate of each kind as its snapshot document (about 50 events each): write =
/// <c>ToSnapshot</c> + <see cref="CrmJson"/>; read = <see cref="CrmJson"/> + <c>FromSnapshot</c> (which replays and
/// checks the history and every stored state field).
/// </summary>
/// <remarks>The baseline is what a host would write without the library's source-generated contexts: System.Text.Json's
/// reflection-based serializer over the same options (same converters, same strictness).</remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class SnapshotBenchmarks
{
    public const int Events = 50;

    // CrmJson's options with the reflection resolver; the contexts write enums as strings, so the baseline does too.
    private static readonly JsonSerializerOptions Reflection = new(CrmJson.Options)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        Converters = { new JsonStringEnumConverter() },
    };

    private object _snapshot = null!;
    private string _json = string.Empty;

    /// <summary>The aggregate stored.</summary>
    [ParamsAllValues]
    public ProcessKind Kind { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = Kind switch
        {
            ProcessKind.Lead => ProcessFixtures.Lead(1, Events).ToSnapshot(),
            ProcessKind.Opportunity => ProcessFixtures.Opportunity(1, Events).ToSnapshot(),
            ProcessKind.ServiceCase => ProcessFixtures.ServiceCase(1, Events).ToSnapshot(),
            ProcessKind.Complaint => ProcessFixtures.Complaint(1, Events).ToSnapshot(),
            ProcessKind.Campaign => ProcessFixtures.Campaign(1, Events).ToSnapshot(),
            ProcessKind.SalesJournal => ProcessFixtures.SalesJournal(1, Events).ToSnapshot(),
            ProcessKind.Customer => ProcessFixtures.Customer(1, Events).ToSnapshot(),
            ProcessKind.Assessment => ProcessFixtures.Assessment(1, Events).ToSnapshot(),
            _ => (object)ProcessFixtures.AssessmentHistory(1, 5).ToSnapshot(),
        };
        _json = CrmJson.Serialize(_snapshot);
        var reflected = JsonSerializer.Serialize(_snapshot, _snapshot.GetType(), Reflection);
        if (reflected != _json)
        {
            var at = Enumerable.Range(0, Math.Min(reflected.Length, _json.Length)).FirstOrDefault(i => reflected[i] != _json[i]);
            throw new InvalidOperationException($"The reflection baseline writes a different document (it would not be the same work): at {at}, '{Around(_json, at)}' against '{Around(reflected, at)}'.");
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Write")]
    public string WriteReflection() => JsonSerializer.Serialize(_snapshot, _snapshot.GetType(), Reflection);

    [Benchmark]
    [BenchmarkCategory("Write")]
    public string Write() => Kind switch
    {
        ProcessKind.Lead => CrmJson.Serialize((LeadSnapshot)_snapshot),
        ProcessKind.Opportunity => CrmJson.Serialize((OpportunitySnapshot)_snapshot),
        ProcessKind.ServiceCase => CrmJson.Serialize((ServiceCaseSnapshot)_snapshot),
        ProcessKind.Complaint => CrmJson.Serialize((ComplaintSnapshot)_snapshot),
        ProcessKind.Campaign => CrmJson.Serialize((CampaignSnapshot)_snapshot),
        ProcessKind.SalesJournal => CrmJson.Serialize((SalesJournalSnapshot)_snapshot),
        ProcessKind.Customer => CrmJson.Serialize((CustomerSnapshot)_snapshot),
        ProcessKind.Assessment => CrmJson.Serialize((AssessmentSnapshot)_snapshot),
        _ => CrmJson.Serialize((AssessmentHistorySnapshot)_snapshot),
    };

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Read")]
    public int ReadReflection() => Load(JsonSerializer.Deserialize(_json, _snapshot.GetType(), Reflection)!);

    [Benchmark]
    [BenchmarkCategory("Read")]
    public int Read() => Load(Kind switch
    {
        ProcessKind.Lead => CrmJson.Deserialize<LeadSnapshot>(_json),
        ProcessKind.Opportunity => CrmJson.Deserialize<OpportunitySnapshot>(_json),
        ProcessKind.ServiceCase => CrmJson.Deserialize<ServiceCaseSnapshot>(_json),
        ProcessKind.Complaint => CrmJson.Deserialize<ComplaintSnapshot>(_json),
        ProcessKind.Campaign => CrmJson.Deserialize<CampaignSnapshot>(_json),
        ProcessKind.SalesJournal => CrmJson.Deserialize<SalesJournalSnapshot>(_json),
        ProcessKind.Customer => CrmJson.Deserialize<CustomerSnapshot>(_json),
        ProcessKind.Assessment => CrmJson.Deserialize<AssessmentSnapshot>(_json),
        _ => (object)CrmJson.Deserialize<AssessmentHistorySnapshot>(_json),
    });

    private static string Around(string s, int at) => s.Substring(Math.Max(0, at - 60), Math.Min(120, s.Length - Math.Max(0, at - 60)));

    private static int Load(object snapshot) => snapshot switch
    {
        LeadSnapshot s => Lead.FromSnapshot(s).Version,
        OpportunitySnapshot s => Opportunity.FromSnapshot(s).Version,
        ServiceCaseSnapshot s => ServiceCase.FromSnapshot(s).Version,
        ComplaintSnapshot s => Complaint.FromSnapshot(s).Version,
        CampaignSnapshot s => Campaign.FromSnapshot(s).Version,
        SalesJournalSnapshot s => SalesJournal.FromSnapshot(s).Version,
        CustomerSnapshot s => Customer.FromSnapshot(s, DataAccessPolicy.Standard).Version,
        AssessmentSnapshot s => Assessment.FromSnapshot(s, ProcessFixtures.Framework).Version,
        AssessmentHistorySnapshot s => AssessmentHistory.FromSnapshot(s, ProcessFixtures.Framework).Version,
        _ => throw new InvalidOperationException(snapshot.GetType().Name),
    };
}
