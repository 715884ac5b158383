using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Crm.Domain.Customers;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.Primitives;
using Crm.Domain.Serialization;

namespace Crm.Domain.Tests.Serialization;

/// <summary>The facade's list of serialisable types and its answer for a type that is not on it.</summary>
public class CrmJsonFacadeTests
{
    private sealed record NotOurs(int X);

    [Fact]
    public void SerializableTypes_AreTheRootsOfEveryContext()
    {
        var registered = typeof(CrmJsonContext).Assembly.GetTypes()
            .Where(t => typeof(JsonSerializerContext).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributesData())
            .Where(a => a.AttributeType == typeof(JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!)
            .ToHashSet();

        // The public roots only: the contexts also register internal converter DTOs, which are no caller's type.
        Assert.Equal(registered.Where(t => t.IsVisible).OrderBy(t => t.FullName, StringComparer.Ordinal), CrmJson.SerializableTypes);
        Assert.Contains(registered, t => !t.IsVisible);
        Assert.All(CrmJson.SerializableTypes, t => Assert.True(t.IsVisible, t.FullName));
        Assert.Contains(typeof(Money), CrmJson.SerializableTypes);
        Assert.Contains(typeof(CustomerSnapshot), CrmJson.SerializableTypes);
        Assert.Contains(typeof(BgNbdModel), CrmJson.SerializableTypes);
        Assert.Throws<NotSupportedException>(() => ((IList<Type>)CrmJson.SerializableTypes).Add(typeof(int)));
    }

    [Fact]
    public void EverySerializableType_HasItsMetadata()
    {
        var missing = CrmJson.SerializableTypes.Where(t => !CrmJson.Options.TryGetTypeInfo(t, out _)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void UnsupportedType_IsAShortNotSupportedException_NamingTheTypeAndTheList()
    {
        var ex = Assert.Throws<NotSupportedException>(() => CrmJson.Serialize(new NotOurs(1)));
        AssertNamesTypeAndList(ex);
        AssertNamesTypeAndList(Assert.Throws<NotSupportedException>(() => CrmJson.Deserialize<NotOurs>("""{"x":1}""")));
        AssertNamesTypeAndList(Assert.Throws<NotSupportedException>(() => CrmJson.GetTypeInfo<NotOurs>()));
        Assert.True(ex.Message.Length < 200, ex.Message);
    }

    [Fact]
    public void TypesInsideRegisteredOnes_StayAvailable()
    {
        // Not roots, but parts of roots: callers already use them as T, so they keep working.
        Assert.Equal("\"x\"", CrmJson.Serialize("x"));
        Assert.Equal([CustomerId.Of("C1")], CrmJson.Deserialize<ImmutableArray<CustomerId>>("""["C1"]""").ToArray());
    }

    private static void AssertNamesTypeAndList(NotSupportedException ex)
    {
        Assert.Contains(nameof(NotOurs), ex.Message, StringComparison.Ordinal);
        Assert.Contains("CrmJson.SerializableTypes", ex.Message, StringComparison.Ordinal);
    }
}
