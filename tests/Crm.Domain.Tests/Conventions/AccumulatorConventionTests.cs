using System.Reflection;
using System.Text.Json.Serialization;
using Crm.Domain.Metrics;
using Crm.Domain.Primitives;
using Crm.Domain.Serialization;
using Crm.Domain.Tests.Metrics;

namespace Crm.Domain.Tests.Conventions;

/// <summary>Every accumulator of the library has the one state contract, the one JSON converter, and the shared laws.</summary>
public class AccumulatorConventionTests
{
    private static readonly Assembly Library = typeof(Money).Assembly;

    /// <summary>Every type of the library implementing <see cref="IAccumulator{TSelf, TObservation, TResult}"/> or
    /// <see cref="IAccumulatorState{TSelf, TState}"/> (the mergeable summary builder is a mutable class).</summary>
    public static TheoryData<Type> Accumulators()
    {
        var data = new TheoryData<Type>();
        foreach (var type in LibraryAccumulators())
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void TheLibraryHasAccumulators() =>
        Assert.True(LibraryAccumulators().Count() >= 13, "the reflection scan found fewer accumulators than the library has");

    [Theory]
    [MemberData(nameof(Accumulators))]
    public void Accumulator_HasTheStateContract(Type accumulator)
    {
        var state = Closed(accumulator, typeof(IAccumulatorState<,>));
        Assert.True(state is not null, $"{accumulator.Name} does not implement IAccumulatorState<{accumulator.Name}, TState>.");
        Assert.Equal(accumulator, Definition(state!.GetGenericArguments()[0]));
        var stateType = state.GetGenericArguments()[1];
        Assert.True(stateType.IsPublic, $"{stateType.Name} must be public.");
        Assert.True(stateType.GetMethod("<Clone>$") is not null || stateType.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null,
            $"{stateType.Name} must be a record.");
    }

    [Theory]
    [MemberData(nameof(Accumulators))]
    public void Accumulator_GoesThroughTheOneGenericConverter(Type accumulator)
    {
        // A generic accumulator (the summary builder) is checked closed over a key CrmJson registers.
        accumulator = accumulator.IsGenericTypeDefinition ? accumulator.MakeGenericType(typeof(CustomerId)) : accumulator;
        Assert.True(accumulator.GetCustomAttribute<JsonConverterAttribute>() is not null, $"{accumulator.Name} has no [JsonConverter].");
        var converter = CrmJson.Options.GetTypeInfo(accumulator).Converter.GetType();
        Assert.Equal("AccumulatorStateJsonConverter`2", converter.GetGenericTypeDefinition().Name);
        var stateType = Closed(accumulator, typeof(IAccumulatorState<,>))!.GetGenericArguments()[1];
        Assert.Equal([accumulator, stateType], converter.GetGenericArguments());

        // Both are registered in a room's context.
        Assert.NotNull(CrmJson.Options.GetTypeInfo(accumulator));
        Assert.NotNull(CrmJson.Options.GetTypeInfo(stateType));
    }

    [Theory]
    [MemberData(nameof(Accumulators))]
    public void Accumulator_IsCoveredByTheSharedLaws(Type accumulator)
    {
        var covered = typeof(AccumulatorLaws).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<AccumulatorLawsForAttribute>().Select(a => (Test: t, a.Accumulator)))
            .Where(x => x.Accumulator == accumulator)
            .ToList();
        Assert.True(covered.Count > 0, $"{accumulator.Name} has no test class marked [AccumulatorLawsFor(typeof({accumulator.Name}))] running AccumulatorLaws.Hold.");

        // The marked class has an FsCheck property (the laws run over random batches, not one example).
        Assert.All(covered, x => Assert.Contains(
            x.Test.GetMethods(),
            m => m.GetCustomAttributes().Any(a => a.GetType().Name == "PropertyAttribute")));
    }

    private static IEnumerable<Type> LibraryAccumulators() =>
        Library.GetTypes()
            .Where(t => Closed(t, typeof(IAccumulator<,,>)) is not null || Closed(t, typeof(IAccumulatorState<,>)) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static Type Definition(Type type) => type.IsGenericType ? type.GetGenericTypeDefinition() : type;

    private static Type? Closed(Type type, Type openInterface) =>
        type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == openInterface);
}
