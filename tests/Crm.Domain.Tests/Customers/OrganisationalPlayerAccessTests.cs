using System.Text.Json;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Serialization;
using NodaTime;

namespace Crm.Domain.Tests.Customers;

/// <summary>
/// Issue 16 item 5, part (5): the organisational players of CRM as roles in the data-access policy (a policy grants
/// by player; a role has the higher of its own level and its player's) and in the audit trail (an entry names the
/// actor's player); audit entries stored before players existed still read.
/// </summary>
public class OrganisationalPlayerAccessTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 9, 0);
    private static readonly Role Agent = Role.Of("agent");
    private static readonly Role Kiosk = Role.Of("kiosk");
    private static readonly Role Analyst = Role.Of("analyst");

    // Customer-facing roles read identity and contact, change interactions; analysts read interactions only;
    // the agent also changes notes on its own grant.
    private static readonly DataAccessPolicy Policy = DataAccessPolicy.Empty
        .Grant(Role.Of("admin"), AccessLevel.Change, [.. DataAccessPolicy.FieldGroups])
        .Grant(OrganisationalPlayer.CustomerFacing, AccessLevel.Read, FieldGroup.Identity, FieldGroup.Contact)
        .Grant(OrganisationalPlayer.CustomerFacing, AccessLevel.Change, FieldGroup.Interactions)
        .Grant(OrganisationalPlayer.PerformanceAnalyst, AccessLevel.Read, FieldGroup.Interactions)
        .Grant(Agent, AccessLevel.Change, FieldGroup.Notes)
        .AssignPlayer(Agent, OrganisationalPlayer.CustomerFacing)
        .AssignPlayer(Kiosk, Touchpoints.PlayerFor(Touchpoint.Kiosk))
        .AssignPlayer(Analyst, OrganisationalPlayer.PerformanceAnalyst);

    [Fact]
    public void APolicy_GrantsByPlayer_AndARoleHasTheHigherOfItsOwnAndItsPlayersLevel()
    {
        Assert.Equal(OrganisationalPlayer.CustomerFacing, Policy.PlayerOf(Kiosk)); // the kiosk touchpoint is customer-facing (seed 001)
        Assert.Equal(OrganisationalPlayer.Unknown, Policy.PlayerOf(Role.Of("admin")));
        Assert.True(Policy.Knows(Kiosk));
        Assert.Equal(AccessLevel.Read, Policy.LevelOf(Kiosk, FieldGroup.Contact));
        Assert.Equal(AccessLevel.Change, Policy.LevelOf(Kiosk, FieldGroup.Interactions));
        Assert.Equal(AccessLevel.None, Policy.LevelOf(Kiosk, FieldGroup.Notes));
        Assert.Equal(AccessLevel.Change, Policy.LevelOf(Agent, FieldGroup.Notes));
        Assert.Equal(AccessLevel.Read, Policy.LevelOf(Agent, FieldGroup.Identity));
        Assert.Equal(AccessLevel.Read, Policy.LevelOf(Analyst, FieldGroup.Interactions));
        Assert.Equal(AccessLevel.None, Policy.LevelOf(Analyst, FieldGroup.Contact));
        Assert.Equal("role 'analyst' (PerformanceAnalyst) has None access to Contact, Read is required",
            Policy.RefusalReason(Actor.Of("u-7", Analyst), FieldGroup.Contact, AccessLevel.Read));

        // A role placed among the players later gets the player's grants then.
        var later = Policy.AssignPlayer(Role.Of("surveyor"), OrganisationalPlayer.PerformanceAnalyst);
        Assert.Equal(AccessLevel.Read, later.LevelOf(Role.Of("surveyor"), FieldGroup.Interactions));
        Assert.Equal(AccessLevel.None, Policy.LevelOf(Role.Of("surveyor"), FieldGroup.Interactions));
        Assert.Equal(["admin", "agent", "analyst", "kiosk", "surveyor"], later.Roles.Select(r => r.Name));
    }

    [Fact]
    public void AuditEntries_NameThePlayer_AllowedAndDenied()
    {
        var c = Customer.Register(CustomerId.Of("C-1"), PersonName.Create("Ada", "Lovelace"), Actor.Of("u-1", "admin"), T0, Policy);
        var touch = Interaction.Create("kiosk-17", T0, InteractionKind.Order, Channel.Web, InteractionDirection.Inbound);

        var allowed = c.RecordInteraction(Actor.Of("kiosk-3", Kiosk), touch);
        var denied = allowed.Customer.SetNotes(Actor.Of("u-9", Analyst), "call back", T0);

        Assert.Equal(OrganisationalPlayer.Unknown, c.AuditTrail[0].Player);
        Assert.Equal((AuditOutcome.Allowed, OrganisationalPlayer.CustomerFacing), (allowed.Entry.Outcome, allowed.Entry.Player));
        Assert.Equal((AuditOutcome.Denied, OrganisationalPlayer.PerformanceAnalyst), (denied.Entry.Outcome, denied.Entry.Player));
        Assert.Equal(OrganisationalPlayer.PerformanceAnalyst, denied.Customer.AuditTrail[^1].Player);
        Assert.Contains("[PerformanceAnalyst]", denied.Entry.ToString(), StringComparison.Ordinal);
        // Replayed from the history under the same policy, the trail names the same players.
        var replayed = Customer.FromHistory(denied.Customer.History, Policy);
        Assert.Equal(denied.Customer.AuditTrail.Select(e => e.Player), replayed.AuditTrail.Select(e => e.Player));
    }

    [Fact]
    public void AuditEntryJson_CarriesThePlayer_AndOldJsonWithoutOneStillReads()
    {
        var c = Customer.Register(CustomerId.Of("C-1"), PersonName.Create("Ada", "Lovelace"), Actor.Of("u-1", "admin"), T0, Policy);
        var entry = c.SetNotes(Actor.Of("u-9", Analyst), "x", T0).Entry;
        var json = CrmJson.Serialize(entry);
        Assert.Contains("\"player\":\"PerformanceAnalyst\"", json, StringComparison.Ordinal);
        Assert.Equal(OrganisationalPlayer.PerformanceAnalyst, CrmJson.Deserialize<AuditEntry>(json).Player);

        // An entry written by 0.1.0 (the same JSON without the "player" member) reads as Unknown.
        var old = json.Replace(",\"player\":\"PerformanceAnalyst\"", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("player", old, StringComparison.Ordinal);
        Assert.Equal(OrganisationalPlayer.Unknown, CrmJson.Deserialize<AuditEntry>(old).Player);
        Assert.Equal(entry.Reason, CrmJson.Deserialize<AuditEntry>(old).Reason);
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<AuditEntry>(json.Replace("\"PerformanceAnalyst\"", "\"Nobody\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void Guards_RefuseTheUnknownPlayer()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Policy.AssignPlayer(Agent, OrganisationalPlayer.Unknown));
        Assert.Throws<ArgumentOutOfRangeException>(() => Policy.Grant(OrganisationalPlayer.Unknown, AccessLevel.Read, FieldGroup.Contact));
        Assert.Throws<ArgumentOutOfRangeException>(() => Policy.Grant((OrganisationalPlayer)42, AccessLevel.Read, FieldGroup.Contact));
        Assert.Throws<ArgumentException>(() => Policy.PlayerOf(default));
    }
}
