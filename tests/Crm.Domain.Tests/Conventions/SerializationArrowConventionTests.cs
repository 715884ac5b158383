using System.Reflection;
using System.Text.Json.Serialization;
using Crm.Domain.Primitives;
using Crm.Domain.Serialization;

namespace Crm.Domain.Tests.Conventions;

/// <summary>
/// The JSON arrow of ARCHITECTURE.md, checked by reflection over the compiled library: the rooms (every floor) may use
/// the low-floor internal block <c>Crm.Domain.Json</c> (the converter base and the strict object reader), but nothing
/// outside <c>Crm.Domain.Serialization</c> refers to a type in it; <c>Serialization</c> holds only the
/// <see cref="CrmJson"/> facade and the source-generated contexts; converters sit beside their types.
/// </summary>
public class SerializationArrowConventionTests
{
    private static readonly Assembly Library = typeof(Money).Assembly;

    private static bool InSerialization(Type type) =>
        type.Assembly == Library
        && type.Namespace is { } ns
        && (ns == "Crm.Domain.Serialization" || ns.StartsWith("Crm.Domain.Serialization.", StringComparison.Ordinal));

    [Fact]
    public void NoTypeOutsideSerialization_RefersToSerialization()
    {
        var offenders = Library.GetTypes()
            .Where(t => !InSerialization(t))
            .SelectMany(t => TypeReferences.Find(t, InSerialization))
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Serialization_HoldsOnlyTheFacadeAndTheContexts()
    {
        var others = Library.GetTypes()
            .Where(t => InSerialization(t) && !t.IsNested && t != typeof(CrmJson) && !typeof(JsonSerializerContext).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(others);
    }

    [Fact]
    public void Converters_AreInternal_AndNotInSerialization()
    {
        var converters = Library.GetTypes().Where(t => typeof(JsonConverter).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        Assert.NotEmpty(converters);
        Assert.Empty(converters.Where(t => InSerialization(t) || t.IsVisible).Select(t => t.FullName));
    }

    // The check must be able to fail: a type that uses the Serialization room in a method body, a field type and an
    // attribute argument is reported in each place.
    [Fact]
    public void TheCheck_SeesEachKindOfReference()
    {
        var found = TypeReferences.Find(typeof(Probe), InSerialization).ToList();
        Assert.Contains(found, f => f.Contains("body of Write", StringComparison.Ordinal) && f.EndsWith("CrmJson", StringComparison.Ordinal));
        Assert.Contains(found, f => f.Contains("field Context", StringComparison.Ordinal));
        Assert.Contains(found, f => f.Contains("attribute argument", StringComparison.Ordinal));
        Assert.Empty(TypeReferences.Find(typeof(Money), InSerialization));
    }

    [AttributeUsage(AttributeTargets.Class)]
    private sealed class MarkerAttribute(Type type) : Attribute
    {
        public Type Type { get; } = type;
    }

    [Marker(typeof(CrmJson))]
    private sealed class Probe
    {
        public static readonly CrmJsonContext Context = CrmJsonContext.Default;

        public static string Write(Money money) => CrmJson.Serialize(money);
    }
}
