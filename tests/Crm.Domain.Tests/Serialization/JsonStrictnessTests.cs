using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Domain.Customers;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.Primitives;
using Crm.Domain.Retention;
using Crm.Domain.Serialization;
using NodaTime;

namespace Crm.Domain.Tests.Serialization;

/// <summary>
/// One strictness for every type read through <see cref="CrmJson"/>: an unknown member, a duplicate member, a missing
/// required member and an out-of-range value are each a <see cref="JsonException"/>, whether the type's JSON is
/// hand-written (a value type with a converter, a model's parameters) or source-generated (a record, a snapshot).
/// Each case starts from the JSON of a valid value, checked to read back, and changes one thing.
/// </summary>
public class JsonStrictnessTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 1, 5, 12, 0);

    // A value type with a hand-written converter (Primitives), a source-generated record (Retention), a snapshot
    // (Customers) and a model's parameters (CustomerValue); each with a member to drop or repeat and a bad value.
    public static TheoryData<string> Types() => new() { "money", "defection", "customerSnapshot", "bgNbdModel" };

    [Theory]
    [MemberData(nameof(Types))]
    public void ValidJson_ReadsBack(string type) => Read(type, Sample(type).Json);

    [Theory]
    [MemberData(nameof(Types))]
    public void UnknownMember_IsRefused(string type)
    {
        var json = Sample(type).Json.Insert(1, "\"unexpected\":1,");
        var ex = Assert.Throws<JsonException>(() => Read(type, json));
        Assert.Contains("unexpected", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void DuplicateMember_IsRefused(string type)
    {
        var (json, member, _) = Sample(type);
        var value = JsonNode.Parse(json)![member]!.ToJsonString();
        var ex = Assert.Throws<JsonException>(() => Read(type, json.Insert(1, $"\"{member}\":{value},")));
        Assert.Contains(member, ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void MissingRequiredMember_IsRefused(string type)
    {
        var (json, member, _) = Sample(type);
        var node = JsonNode.Parse(json)!.AsObject();
        Assert.True(node.Remove(member));
#if NET9_0_OR_GREATER // net8.0 lacks RespectRequiredConstructorParameters: a missing member reads as its default there (CrmJson remarks).
        var ex = Assert.Throws<JsonException>(() => Read(type, node.ToJsonString()));
        Assert.Contains(member, ex.Message, StringComparison.OrdinalIgnoreCase);
#endif
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void OutOfRangeValue_IsRefused(string type)
    {
        var (json, member, bad) = Sample(type);
        var node = JsonNode.Parse(json)!.AsObject();
        node[member] = JsonNode.Parse(bad);
        Assert.Throws<JsonException>(() => Read(type, node.ToJsonString()));
    }

    [Fact]
    public void NestedRefusal_NamesTheMemberAndThePath()
    {
        // A Money inside a snapshot: the converter names the member, System.Text.Json gives where the Money was.
        var node = JsonNode.Parse(Sample("customerSnapshot").Json)!.AsObject();
        node["creditLimit"] = JsonNode.Parse("""{"amount":10,"currency":"EUR","cents":1000}""");
        var ex = Assert.Throws<JsonException>(() => CrmJson.Deserialize<CustomerSnapshot>(node.ToJsonString()));
        Assert.Contains("'cents'", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$.creditLimit", ex.Path);
        Assert.Contains("$.creditLimit", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateMember_InANestedSourceGeneratedObject_IsRefused()
    {
        var json = CrmJson.Serialize(Snapshot()).Replace("\"given\":", "\"given\":\"Eve\",\"given\":", StringComparison.Ordinal);
        var ex = Assert.Throws<JsonException>(() => CrmJson.Deserialize<CustomerSnapshot>(json));
        Assert.Contains("given", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void NullForANonNullableMember_IsRefused()
    {
        var node = JsonNode.Parse(Sample("defection").Json)!.AsObject();
        node["customer"] = null;
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<Defection>(node.ToJsonString()));
    }

    [Theory]
    [InlineData("99")]
    [InlineData("-1")]
    [InlineData("\"99\"")]
    public void UndefinedEnumNumber_IsRefused(string driver)
    {
        var node = JsonNode.Parse(Sample("defection").Json)!.AsObject();
        node["driver"] = JsonNode.Parse(driver);
        var ex = Assert.Throws<JsonException>(() => CrmJson.Deserialize<Defection>(node.ToJsonString()));
        Assert.Contains("driver", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void WrongTokenKind_IsRefused_NamingTheMember()
    {
        var ex = Assert.Throws<JsonException>(() => CrmJson.Deserialize<Money>("""{"amount":"12.50","currency":"EUR"}"""));
        Assert.Contains("'amount'", ex.Message, StringComparison.Ordinal);
        ex = Assert.Throws<JsonException>(() => CrmJson.Deserialize<BgNbdModel>("""{"r":1,"alpha":2,"a":0.5,"b":true}"""));
        Assert.Contains("'b'", ex.Message, StringComparison.Ordinal);
    }

    // The .NET 8 stand-in for AllowDuplicateProperties = false, tested directly so that it is tested on every target.
    [Theory]
    [InlineData("""{"a":1,"b":{"c":[{"d":1,"d":2}]}}""", "$.b.c[].d")]
    [InlineData("""[{"a":1},{"a":2,"a":3}]""", "$[].a")]
    [InlineData("""{"a":{"x":1},"a":{"x":1}}""", "$.a")]
    public void DuplicateMemberScan_FindsTheRepeat(string json, string path)
    {
        var ex = Assert.Throws<JsonException>(() => Crm.Domain.Json.DuplicateMemberScan.Refuse(Encoding.UTF8.GetBytes(json), CrmJson.Options));
        Assert.Equal(path, ex.Path);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"a":1,"A":2,"b":{"a":1},"c":[{"a":1},{"a":1}]}""")]
    [InlineData("""[1,2,{"a":[]}]""")]
    [InlineData("3")]
    public void DuplicateMemberScan_AcceptsDistinctMembers(string json) =>
        Crm.Domain.Json.DuplicateMemberScan.Refuse(Encoding.UTF8.GetBytes(json), CrmJson.Options);

    private static (string Json, string Member, string Bad) Sample(string type) => type switch
    {
        "money" => (CrmJson.Serialize(Money.Of(12.5m, "EUR")), "currency", "\"EURO\""),
        "defection" => (CrmJson.Serialize(new Defection(CustomerId.Of("C1"), T0, ChurnDriver.PriceTooHigh, "too dear")), "driver", "\"NoSuchDriver\""),
        "customerSnapshot" => (CrmJson.Serialize(Snapshot()), "id", "\"\""),
        "bgNbdModel" => (CrmJson.Serialize(BgNbdModel.Create(0.24, 4.41, 0.79, 2.43)), "alpha", "-1"),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown sample."),
    };

    private static CustomerSnapshot Snapshot() =>
        Customer.Register(CustomerId.Of("C1"), PersonName.Create("Ada", "Lovelace"), Actor.Of("u-admin", "admin"), T0, DataAccessPolicy.Standard, "crm")
            .ToSnapshot();

    private static object Read(string type, string json) => type switch
    {
        "money" => CrmJson.Deserialize<Money>(json),
        "defection" => CrmJson.Deserialize<Defection>(json),
        "customerSnapshot" => CrmJson.Deserialize<CustomerSnapshot>(json),
        "bgNbdModel" => CrmJson.Deserialize<BgNbdModel>(json),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown sample."),
    };
}
