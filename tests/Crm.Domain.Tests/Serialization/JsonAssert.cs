using System.Text.Json;
using Crm.Domain.Serialization;

namespace Crm.Domain.Tests.Serialization;

/// <summary>Shared JSON checks: a value survives a round trip through <see cref="CrmJson"/>.</summary>
public static class JsonAssert
{
    /// <summary>Serialises and deserialises <paramref name="value"/>; returns the copy after checking the JSON is stable.</summary>
    public static T RoundTrip<T>(T value)
    {
        var json = CrmJson.Serialize(value);
        Assert.DoesNotContain("{}", json, StringComparison.Ordinal);
        var copy = CrmJson.Deserialize<T>(json);
        Assert.Equal(json, CrmJson.Serialize(copy));
        return copy;
    }

    /// <summary>Asserts that reading <paramref name="json"/> as <typeparamref name="T"/> fails with a <see cref="JsonException"/>.</summary>
    public static JsonException Invalid<T>(string json) => Assert.Throws<JsonException>(() => CrmJson.Deserialize<T>(json));
}
