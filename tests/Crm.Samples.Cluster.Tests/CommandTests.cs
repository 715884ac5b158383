using Crm.Domain.Acquisition;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Serialization;
using Crm.Domain.Service;
using Crm.Samples.Cluster.Grains.Aggregates;
using NodaTime;

namespace Crm.Samples.Cluster.Tests;

/// <summary>Commands through grains: repeats are harmless, refusals come back as the library's exceptions.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CommandTests(ClusterFixture fixture)
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 9, 0);

    private IClusterClient Grains => fixture.Cluster.Client;

    private static string NewId(string kind) => $"{kind}-{Guid.NewGuid():N}";

    [Fact]
    public async Task RepeatedCommand_IsIgnored_TheAggregateHasOneEvent()
    {
        var id = NewId("case");
        var grain = Grains.GetGrain<IServiceCaseGrain>(id);
        await grain.Open("open", "C-1", "billing", "Normal", "Email", T0);
        var first = await grain.Respond("respond-1", T0 + Duration.FromMinutes(5));
        var repeat = await grain.Respond("respond-1", T0 + Duration.FromMinutes(5));
        var repeatLater = await grain.Respond("respond-1", T0 + Duration.FromMinutes(9)); // same id, delivered again: still the same command

        Assert.False(first.Repeated);
        Assert.Equal(2, first.Version);
        Assert.True(repeat.Repeated);
        Assert.True(repeatLater.Repeated);
        Assert.Equal(2, repeat.Version);
        var stored = ServiceCase.FromSnapshot(CrmJson.Deserialize<ServiceCaseSnapshot>((await grain.GetSnapshot())!));
        Assert.Equal(2, stored.Version);
        Assert.Equal(1, stored.ResponseCount);

        // A repeated creation is ignored too; a new creation command for an existing case is refused.
        Assert.True((await grain.Open("open", "C-1", "billing", "Normal", "Email", T0)).Repeated);
        var refused = await Assert.ThrowsAsync<IllegalTransitionException>(() => grain.Open("open-again", "C-1", "billing", "Normal", "Email", T0));
        Assert.Equal("create", refused.To);
    }

    [Fact]
    public async Task ConcurrentDuplicates_ApplyOnce()
    {
        var grain = Grains.GetGrain<ILeadGrain>(NewId("lead"));
        await grain.Create("create", "Referral", T0);
        var views = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => grain.Advance("advance-1", T0 + Duration.FromHours(1))));
        Assert.Single(views, v => !v.Repeated);
        Assert.All(views, v => Assert.Equal(2, v.Version));
        var lead = Lead.FromSnapshot(CrmJson.Deserialize<LeadSnapshot>((await grain.GetSnapshot())!));
        Assert.Equal(FunnelStage.Enquiry, lead.Stage);
    }

    [Fact]
    public async Task IllegalTransition_ComesBackAsTheLibrarysException_WithItsStates()
    {
        var id = NewId("lead");
        var grain = Grains.GetGrain<ILeadGrain>(id);
        await grain.Create("create", "Referral", T0);
        await grain.Lose("lose", "Price", T0 + Duration.FromHours(1));
        var remote = await Assert.ThrowsAsync<IllegalTransitionException>(() => grain.Advance("advance", T0 + Duration.FromHours(2)));

        // The same command in one process, for the expected exception.
        var local = Assert.Throws<IllegalTransitionException>(() =>
            Lead.Create(id, LeadSource.Referral, T0).Lose(LossReason.Price, T0 + Duration.FromHours(1)).Advance(T0 + Duration.FromHours(2)));
        Assert.Equal(local.Message, remote.Message);
        Assert.Equal(local.Process, remote.Process);
        Assert.Equal(local.From, remote.From);
        Assert.Equal(local.To, remote.To);
        Assert.Equal("Lost", remote.From);

        // Nothing was stored: the lead is still lost at version 2.
        var lead = Lead.FromSnapshot(CrmJson.Deserialize<LeadSnapshot>((await grain.GetSnapshot())!));
        Assert.Equal((FunnelStage.Lost, 2), (lead.Stage, lead.Version));
    }

    [Fact]
    public async Task CommandOnAnAggregateNeverCreated_IsAnIllegalTransition()
    {
        var remote = await Assert.ThrowsAsync<IllegalTransitionException>(() => Grains.GetGrain<IServiceCaseGrain>(NewId("case")).Resolve("r", T0));
        Assert.Equal(("none", "resolve"), (remote.From, remote.To));
    }

    [Fact]
    public async Task AccessDenied_ComesBackAsTheLibrarysException_WithTheRefusal()
    {
        var id = $"C-{Guid.NewGuid():N}";
        var grain = Grains.GetGrain<ICustomerGrain>(id);
        await grain.Register("register", "Ada", "Lovelace", T0);
        var remote = await Assert.ThrowsAsync<AccessDeniedException>(() => grain.Rename("rename", "mia", "marketing", "Ada", "King", T0 + Duration.FromHours(1)));

        var local = Assert.Throws<AccessDeniedException>(() => Customer
            .Register(CustomerId.Of(id), PersonName.Create("Ada", "Lovelace"), Actor.Of("cluster", "system"), T0, DataAccessPolicy.Standard, "cluster")
            .Rename(Actor.Of("mia", "marketing"), PersonName.Create("Ada", "King"), T0 + Duration.FromHours(1)).ThrowIfDenied());
        Assert.Equal(local.Message, remote.Message);
        Assert.Equal(CrmJson.Serialize(local.Refusal!), CrmJson.Serialize(remote.Refusal!));
        Assert.Equal(AuditOutcome.Denied, remote.Refusal!.Outcome);
        Assert.Equal(1, CrmJson.Deserialize<CustomerSnapshot>((await grain.GetSnapshot())!).Version);
    }

    [Fact]
    public async Task BadArgument_ComesBackAsAnArgumentException_NamingTheParameter()
    {
        var guard = await Assert.ThrowsAsync<ArgumentException>(() =>
            Grains.GetGrain<ICustomerGrain>($"C-{Guid.NewGuid():N}").Register("register", "Ada", " ", T0));
        var local = Assert.Throws<ArgumentException>(() => PersonName.Create("Ada", " "));
        Assert.Equal(local.Message, guard.Message);
        Assert.Equal(local.ParamName, guard.ParamName);

        var name = await Assert.ThrowsAsync<ArgumentException>(() =>
            Grains.GetGrain<IServiceCaseGrain>(NewId("case")).Open("open", "C-1", "billing", "Sometime", "Email", T0));
        Assert.Equal("priority", name.ParamName);
        Assert.Contains("'Sometime'", name.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GuardExceptions_KeepTypeMessageAndParameter()
    {
        // The library's guards throw these three; each comes back as the same type, message and parameter name.
        var outOfRange = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            Grains.GetGrain<ICustomerGrain>($"C-{Guid.NewGuid():N}").Register("register", "Ada", new string('x', PersonName.MaxPartLength + 1), T0));
        var local = Record.Exception(() => PersonName.Create("Ada", new string('x', PersonName.MaxPartLength + 1)));
        Assert.IsType<ArgumentOutOfRangeException>(local);
        Assert.Equal(local.Message, outOfRange.Message);
        Assert.Equal(((ArgumentException)local).ParamName, outOfRange.ParamName);

        var nullArgument = await Assert.ThrowsAsync<ArgumentNullException>(() =>
            Grains.GetGrain<IServiceCaseGrain>(NewId("case")).Open(null!, "C-1", "billing", "Normal", "Email", T0));
        Assert.Equal("commandId", nullArgument.ParamName);
    }
}
