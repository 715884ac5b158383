using System.Text.Json;
using Crm.Domain.Customers;
using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.Idic.Differentiate;
using Crm.Domain.Primitives;
using Crm.Domain.Privacy;
using Crm.Domain.Serialization;
using NodaTime;
using static Crm.Domain.Tests.Customers.CustomerFixtures;

namespace Crm.Domain.Tests.Privacy;

/// <summary>
/// Issue 17 item 2's edge, hand-worked: the restriction set read off the customers screens the id-keyed populations
/// (summaries, valuations) before any scorer. A: never restricted; B: restricted on day 2 (accuracy contested);
/// C: objected to marketing on day 5; D: restricted on day 1, lifted on day 2.
/// </summary>
public class ProcessingRestrictionsTests
{
    private static readonly Instant Day2 = T0 + Duration.FromDays(2);
    private static readonly Instant Day5 = T0 + Duration.FromDays(5);

    private static Customer[] Base() =>
    [
        New("A"),
        New("B").RestrictProcessing(Admin, RestrictionGround.AccuracyContested, Day2).ThrowIfDenied(),
        New("C").ObjectToMarketing(Admin, Day5).ThrowIfDenied(),
        New("D").RestrictProcessing(Admin, RestrictionGround.LegalClaims, T0 + Duration.FromDays(1)).ThrowIfDenied().LiftRestriction(Admin, Day2).ThrowIfDenied(),
    ];

    [Fact]
    public void From_KeepsTheRestrictedAndTheObjecting_NotTheLifted()
    {
        var set = ProcessingRestrictions.From(Base());

        Assert.Equal([CustomerId.Of("B"), CustomerId.Of("C")], set.Entries.Select(e => e.Customer));
        Assert.Equal(RestrictionGround.AccuracyContested, set.Entries[0].Ground);
        Assert.Equal(Day5, set.Entries[1].ObjectedSince);
        Assert.Null(set.Entries[1].RestrictedSince);
    }

    [Fact]
    public void BlockOf_StartsAtTheRestrictionOrObjection()
    {
        var set = ProcessingRestrictions.From(Base());

        Assert.True(set.MayProfile(CustomerId.Of("B"), Day2 - Duration.FromTicks(1)));
        Assert.False(set.MayProfile(CustomerId.Of("B"), Day2));
        Assert.True(set.MayProfile(CustomerId.Of("C"), Day5 - Duration.FromTicks(1)));
        Assert.False(set.MayProfile(CustomerId.Of("C"), Day5));
        Assert.True(set.MayProfile(CustomerId.Of("A"), Day5));
        Assert.True(set.MayProfile(CustomerId.Of("D"), Day5));
        Assert.True(ProcessingRestrictions.None.MayProfile(CustomerId.Of("B"), Day5));
    }

    [Fact]
    public void ScreeningValuations_LeavesOutTheBlocked_InInputOrder_AndTiersTheRest()
    {
        var set = ProcessingRestrictions.From(Base());
        CustomerValuation[] valuations =
        [
            CustomerValuation.Of(CustomerId.Of("A"), 100), CustomerValuation.Of(CustomerId.Of("B"), 50),
            CustomerValuation.Of(CustomerId.Of("C"), 30), CustomerValuation.Of(CustomerId.Of("D"), 10),
        ];

        var day3 = set.Screen(valuations, T0 + Duration.FromDays(3));
        var day6 = set.Screen(valuations, T0 + Duration.FromDays(6));

        Assert.Equal(["A", "C", "D"], day3.Allowed.Select(v => v.CustomerId.ToString()));
        var b = Assert.Single(day3.LeftOut);
        Assert.Equal((CustomerId.Of("B"), 1, Day2), (b.Customer, b.Position, b.BlockedSince));
        Assert.Contains("AccuracyContested", b.Reason, StringComparison.Ordinal);

        Assert.Equal(["A", "D"], day6.Allowed.Select(v => v.CustomerId.ToString()));
        Assert.Equal([1, 2], day6.LeftOut.Select(o => o.Position));
        Assert.Contains("objected", day6.LeftOut[1].Reason, StringComparison.Ordinal);

        // Tiered without B and C: A ranks first of two, D second.
        var tiers = ValueTiering.Assign(day6.Allowed);
        Assert.Equal([1, 2], tiers.Select(t => t.Rank));
        Assert.Equal(["A", "D"], tiers.Select(t => t.CustomerId.ToString()));
    }

    [Fact]
    public void ScreeningSummaries_KeepsTheAllowedRows_AndRecountsTheirTotals()
    {
        var start = new LocalDate(2026, 1, 5);
        // A buys on days 0, 7, 14 (x = 2); B on 0, 7 (x = 1); C on 3 (x = 0); D on 1, 8 (x = 1): 8 transactions.
        var log = new[] { ("A", 0), ("A", 7), ("A", 14), ("B", 0), ("B", 7), ("C", 3), ("D", 1), ("D", 8) }
            .Select(t => CustomerTransaction<CustomerId>.Create(CustomerId.Of(t.Item1), start.PlusDays(t.Item2), 10d)).ToArray();
        var data = CustomerSummarizer.Summarize(log, SummaryOptions.Create(start.PlusDays(28)));

        var screened = ProcessingRestrictions.From(Base()).Screen(data, T0 + Duration.FromDays(6));

        Assert.Equal(["A", "D"], screened.Allowed.Rows.Select(r => r.Customer.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(["B", "C"], screened.LeftOut.Select(o => o.Customer.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(3, screened.Allowed.TotalFrequency);
        Assert.Equal(8, screened.Allowed.TransactionCount);
        Assert.Equal(screened.Allowed.Rows.Select(r => r.Summary), screened.Allowed.Summaries);
        Assert.All(screened.LeftOut, o => Assert.Equal(data.Rows[o.Position].Customer, o.Customer));
        Assert.Same(data, ProcessingRestrictions.None.Screen(data, T0).Allowed);
    }

    [Fact]
    public void Json_RoundTrips_AndRefusesAHalfValidEntry()
    {
        var set = ProcessingRestrictions.From(Base());
        var json = CrmJson.Serialize(set);

        var back = CrmJson.Deserialize<ProcessingRestrictions>(json);

        Assert.Equal(json, CrmJson.Serialize(back));
        Assert.Contains("\"ground\":\"AccuracyContested\"", json, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<ProcessingRestrictions>(
            """{"entries":[{"customer":"B","restrictedSince":null,"ground":"LegalClaims","objectedSince":null}]}"""));
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<ProcessingRestrictions>(
            """{"entries":[{"customer":"B","restrictedSince":null,"ground":null,"objectedSince":"2026-01-05T12:00:00Z"},{"customer":"B","restrictedSince":null,"ground":null,"objectedSince":"2026-01-06T12:00:00Z"}]}"""));
    }

    [Fact]
    public void Guards_NameTheRule()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ProcessingRestriction(CustomerId.Of("X"), null, null, null));
        Assert.Equal("objectedSince", ex.ParamName);
        Assert.Throws<ArgumentException>(() => new ProcessingRestriction(CustomerId.Of("X"), T0, null, null));
        Assert.Throws<ArgumentException>(() => new ProcessingRestriction(default, T0, RestrictionGround.LegalClaims, null));
        Assert.Throws<ArgumentException>(() => ProcessingRestrictions.None.Screen([default(CustomerValuation)], T0));
    }
}
