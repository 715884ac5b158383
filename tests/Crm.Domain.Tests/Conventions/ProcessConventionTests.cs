using System.Reflection;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using Crm.Domain.Tests.Processes;

namespace Crm.Domain.Tests.Conventions;

/// <summary>
/// Every aggregate with a lifecycle has the one process shape (issue 8): it implements <see cref="IProcess{TEvent}"/>,
/// has a static <c>FromHistory</c>, <c>ToSnapshot</c> and a static <c>FromSnapshot</c>, and a test class runs
/// <see cref="ProcessLaws"/> over it (marked <see cref="ProcessLawsForAttribute"/>).
/// </summary>
public class ProcessConventionTests
{
    private static readonly Assembly Library = typeof(Money).Assembly;

    /// <summary>The aggregates the library has; a new one joins this list (and then needs its laws).</summary>
    public static readonly TheoryData<string> Aggregates = new(ProcessTypes().Select(t => t.FullName!).Order(StringComparer.Ordinal));

    private static IEnumerable<Type> ProcessTypes() =>
        Library.GetExportedTypes().Where(t => !t.IsAbstract && ProcessEventType(t) is not null);

    private static Type? ProcessEventType(Type t) =>
        t.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IProcess<>))?.GetGenericArguments()[0];

    [Fact]
    public void TheNamedAggregates_AreProcesses()
    {
        // The aggregates issue 8 names: each must have joined the one shape (so the theory below cannot pass empty).
        string[] expected =
        [
            "Crm.Domain.Acquisition.Lead", "Crm.Domain.Sales.Opportunity", "Crm.Domain.Service.ServiceCase", "Crm.Domain.Service.Complaint",
            "Crm.Domain.Campaigns.Campaign", "Crm.Domain.Customers.Customer", "Crm.Domain.Competencies.AssessmentHistory",
        ];
        var processes = ProcessTypes().Select(t => t.FullName).ToHashSet();
        var missing = expected.Where(name => !processes.Contains(name)).ToList();
        Assert.True(missing.Count == 0, "not yet processes: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(Aggregates))]
    public void Aggregate_HasReplayAndSnapshotMembers(string typeName)
    {
        var type = Library.GetType(typeName, throwOnError: true)!;
        var eventType = ProcessEventType(type)!;
        var statics = type.GetMethods(BindingFlags.Public | BindingFlags.Static);
        Assert.Contains(statics, m => m.Name == "FromHistory" && m.ReturnType == type
            && m.GetParameters().FirstOrDefault()?.ParameterType == typeof(IEnumerable<>).MakeGenericType(eventType));
        var toSnapshot = type.GetMethod("ToSnapshot", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
        Assert.NotNull(toSnapshot);
        Assert.Contains(statics, m => m.Name == "FromSnapshot" && m.ReturnType == type
            && m.GetParameters().FirstOrDefault()?.ParameterType == toSnapshot!.ReturnType);

        // The snapshot is a plain, versioned record: its first member is the schema version, and it carries the history.
        var snapshotType = toSnapshot!.ReturnType;
        Assert.Equal(typeof(int), snapshotType.GetProperty("SchemaVersion")?.PropertyType);
        Assert.Equal(typeof(int), snapshotType.GetProperty("Version")?.PropertyType);
        Assert.NotNull(snapshotType.GetProperty("History"));

        // Events are records that name their schema version in the JSON discriminator.
        Assert.True(eventType.IsAbstract, $"{eventType} should be the abstract base of the aggregate's events");
        var derived = eventType.GetCustomAttributes<System.Text.Json.Serialization.JsonDerivedTypeAttribute>().ToList();
        Assert.NotEmpty(derived);
        Assert.All(derived, d => Assert.Matches(@"^[a-z][A-Za-z]*\.[a-z][A-Za-z]*\.v[0-9]+$", Assert.IsType<string>(d.TypeDiscriminator)));
        var concrete = Library.GetExportedTypes().Where(t => !t.IsAbstract && eventType.IsAssignableFrom(t)).ToHashSet();
        Assert.Equal(concrete.OrderBy(t => t.FullName), derived.Select(d => d.DerivedType).OrderBy(t => t.FullName));
    }

    [Theory]
    [MemberData(nameof(Aggregates))]
    public void Aggregate_HasItsLawsInAPropertyTest(string typeName)
    {
        var covered = typeof(ProcessConventionTests).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<ProcessLawsForAttribute>())
            .Select(a => a.Aggregate.FullName)
            .ToHashSet();
        Assert.Contains(typeName, covered);
    }
}
