using System.Reflection;
using Crm.Domain.Serialization;

namespace Crm.Domain.Tests.Serialization;

/// <summary>
/// Every type <see cref="CrmJson"/> lists in <see cref="CrmJson.SerializableTypes"/> round-trips (issue 11, item 7):
/// a non-trivial sample from <see cref="JsonSamples"/> is written, read back, and compared by value where the type has
/// value equality, and always by its re-written JSON.
/// </summary>
public class SerializableTypesRoundTripTests
{
    public static TheoryData<string> Listed() => new(CrmJson.SerializableTypes.Select(Name));

    [Theory]
    [MemberData(nameof(Listed))]
    public void ListedType_RoundTrips(string name)
    {
        var type = CrmJson.SerializableTypes.Single(t => Name(t) == name);
        var sample = JsonSamples.For(type);
        if (sample is null)
        {
            Assert.True(JsonSamples.Pending.Contains(name), $"{name} is serialisable but has no sample: add one to JsonSamples.");
            return;
        }

        Assert.False(JsonSamples.Pending.Contains(name), $"{name} has a sample now: remove it from JsonSamples.Pending.");
        var json = (string)Generic(nameof(CrmJson.Serialize), type).Invoke(null, [sample])!;
        Assert.DoesNotContain("{}", json, StringComparison.Ordinal);
        var copy = Generic(nameof(CrmJson.Deserialize), type).Invoke(null, [json])!;
        Assert.Equal(json, (string)Generic(nameof(CrmJson.Serialize), type).Invoke(null, [copy])!);
        if (HasValueEquality(sample.GetType()))
        {
            Assert.Equal(sample, copy);
        }
    }

    [Fact]
    public void PendingTypes_AreStillListed()
    {
        var listed = CrmJson.SerializableTypes.Select(Name).ToHashSet();
        Assert.DoesNotContain(JsonSamples.Pending, p => !listed.Contains(p));
    }

    private static string Name(Type t) => t.IsGenericType
        ? $"{t.Name[..t.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", t.GetGenericArguments().Select(Name))}>"
        : t.Name;

    private static MethodInfo Generic(string name, Type type) =>
        typeof(CrmJson).GetMethods().Single(m => m.Name == name && m.IsGenericMethodDefinition
            && m.GetParameters() is [{ ParameterType: var p }] && (name == nameof(CrmJson.Serialize) || p == typeof(string)))
            .MakeGenericMethod(type);

    /// <summary>
    /// Value equality all the way down: the type (the sample's runtime type) declares <c>Equals(T)</c> (records,
    /// equatable structs) and so does every public property, recursively. Records holding arrays or immutable arrays
    /// compare those by reference, so such types are compared by their JSON only.
    /// </summary>
    private static bool HasValueEquality(Type type) => HasValueEquality(type, []);

    private static bool HasValueEquality(Type type, HashSet<Type> seen)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return HasValueEquality(inner, seen);
        }

        if (type.IsArray || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>)))
        {
            return false;
        }

        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type.Assembly == typeof(NodaTime.Instant).Assembly)
        {
            return true;
        }

        if (!seen.Add(type))
        {
            return true;
        }

        return type.GetMethod("Equals", BindingFlags.Public | BindingFlags.Instance, [type]) is { } equals && equals.DeclaringType == type
            && type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0)
                .All(p => HasValueEquality(p.PropertyType, seen));
    }
}
