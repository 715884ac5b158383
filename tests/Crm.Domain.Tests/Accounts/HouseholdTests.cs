using Crm.Domain.Accounts;
using Crm.Domain.Primitives;
using Crm.Domain.Serialization;

namespace Crm.Domain.Tests.Accounts;

public class HouseholdTests
{
    private static readonly CustomerId Ana = CustomerId.Of("C-ANA"), Ben = CustomerId.Of("C-BEN"), Kim = CustomerId.Of("C-KIM");

    public static Household Lima() =>
        Household.Create("H-1", "Lima family", Ana).WithMember(Ben, HouseholdRelation.Spouse).WithMember(Kim, HouseholdRelation.Child);

    [Fact]
    public void Members_have_one_head()
    {
        var h = Lima();
        Assert.Equal(Ana, h.Head);
        var moved = h.WithHead(Ben, HouseholdRelation.Spouse);
        Assert.Equal(Ben, moved.Head);
        Assert.Equal(HouseholdRelation.Spouse, moved.Members.Single(m => m.Customer == Ana).Relation);
        Assert.ThrowsAny<ArgumentException>(() => h.WithoutMember(Ana));
        Assert.ThrowsAny<ArgumentException>(() => h.WithMember(Kim, HouseholdRelation.Head));
        Assert.Equal(2, h.WithoutMember(Kim).Members.Length);
    }

    [Fact]
    public void Json_round_trips_and_refuses_two_heads()
    {
        var json = CrmJson.Serialize(Lima());
        Assert.Equal(Lima(), CrmJson.Deserialize<Household>(json));
        var twoHeads = json.Replace("\"Spouse\"", "\"Head\"", StringComparison.Ordinal);
        Assert.Throws<System.Text.Json.JsonException>(() => CrmJson.Deserialize<Household>(twoHeads));
    }
}
