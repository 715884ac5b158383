using System.Collections.Frozen;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Customers;

/// <summary>
/// Who may read and change which customer data: for each <see cref="Role"/>, an <see cref="AccessLevel"/> per
/// <see cref="FieldGroup"/> (CRM-CONCEPTS.md §4: access to customer data is restricted to specific employees, who
/// alone may change it). Anything not granted is denied.
/// </summary>
/// <remarks>A <see cref="Customer"/> holds its policy and checks it on every read view and every change. Roles can be
/// placed among the organisational players of CRM (<see cref="AssignPlayer"/>): a grant to a player
/// (<see cref="Grant(OrganisationalPlayer, AccessLevel, FieldGroup[])"/>) applies to every role of that player, a role
/// has the higher of its own level and its player's, and audit entries name the actor's player
/// (<see cref="AuditEntry.Player"/>). <see cref="Grant(Role, AccessLevel, FieldGroup[])"/> returns a new policy. Immutable and thread-safe; <see cref="Empty"/> grants nothing to anyone.</remarks>
public sealed class DataAccessPolicy
{
    private readonly FrozenDictionary<Role, ImmutableArray<AccessLevel>> _grants;

    // Bit (1 << group) set: reads of that group are audited.
    private readonly int _auditedReads;

    // Which organisational player each role belongs to, and what each player is granted (issue 16 item 5).
    private readonly FrozenDictionary<Role, OrganisationalPlayer> _players;
    private readonly FrozenDictionary<OrganisationalPlayer, ImmutableArray<AccessLevel>> _playerGrants;

    private DataAccessPolicy(
        FrozenDictionary<Role, ImmutableArray<AccessLevel>> grants,
        int auditedReads,
        FrozenDictionary<Role, OrganisationalPlayer> players,
        FrozenDictionary<OrganisationalPlayer, ImmutableArray<AccessLevel>> playerGrants)
    {
        _grants = grants;
        _auditedReads = auditedReads;
        _players = players;
        _playerGrants = playerGrants;
    }

    /// <summary>The policy that grants nothing.</summary>
    public static DataAccessPolicy Empty { get; } = new(
        FrozenDictionary<Role, ImmutableArray<AccessLevel>>.Empty, 0,
        FrozenDictionary<Role, OrganisationalPlayer>.Empty, FrozenDictionary<OrganisationalPlayer, ImmutableArray<AccessLevel>>.Empty);

    /// <summary>Every field group that can be granted.</summary>
    public static ImmutableArray<FieldGroup> FieldGroups { get; } =
        [FieldGroup.Identity, FieldGroup.Contact, FieldGroup.Consent, FieldGroup.Interactions, FieldGroup.Financial, FieldGroup.Notes];

    /// <summary>
    /// A typical policy: <c>admin</c> changes everything; <c>sales</c> reads identity and financial data, changes
    /// contact, consent and interactions; <c>service</c> reads identity, contact and consent, changes interactions and
    /// notes; <c>finance</c> reads identity, changes financial data; <c>marketing</c> reads contact, consent and
    /// interactions; <c>auditor</c> reads everything; <c>system</c> (batch jobs) changes everything.
    /// </summary>
    public static DataAccessPolicy Standard { get; } = Empty
        .Grant(Role.Of("admin"), AccessLevel.Change, [.. FieldGroups])
        .Grant(Role.Of("system"), AccessLevel.Change, [.. FieldGroups])
        .Grant(Role.Of("auditor"), AccessLevel.Read, [.. FieldGroups])
        .Grant(Role.Of("sales"), AccessLevel.Read, FieldGroup.Identity, FieldGroup.Financial)
        .Grant(Role.Of("sales"), AccessLevel.Change, FieldGroup.Contact, FieldGroup.Consent, FieldGroup.Interactions)
        .Grant(Role.Of("service"), AccessLevel.Read, FieldGroup.Identity, FieldGroup.Contact, FieldGroup.Consent)
        .Grant(Role.Of("service"), AccessLevel.Change, FieldGroup.Interactions, FieldGroup.Notes)
        .Grant(Role.Of("finance"), AccessLevel.Read, FieldGroup.Identity)
        .Grant(Role.Of("finance"), AccessLevel.Change, FieldGroup.Financial)
        .Grant(Role.Of("marketing"), AccessLevel.Read, FieldGroup.Contact, FieldGroup.Consent, FieldGroup.Interactions);

    /// <summary>The roles the policy knows (granted directly or placed among the players).</summary>
    public IEnumerable<Role> Roles => _grants.Keys.Union(_players.Keys).Order(Comparer<Role>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name)));

    /// <summary>A new policy where <paramref name="role"/> has <paramref name="level"/> on <paramref name="groups"/> (replacing what it had there).</summary>
    /// <exception cref="ArgumentException">Default role, undefined level, no group, or an unknown/undefined group.</exception>
    public DataAccessPolicy Grant(Role role, AccessLevel level, params FieldGroup[] groups)
    {
        RequireRole(role);
        return new DataAccessPolicy(WithLevels(_grants, role, level, groups), _auditedReads, _players, _playerGrants);
    }

    /// <summary>
    /// A new policy where every role of <paramref name="player"/> (<see cref="AssignPlayer"/>, now or later) has at least
    /// <paramref name="level"/> on <paramref name="groups"/> (replacing what the player had there; a role's own grant
    /// still counts, the higher level wins).
    /// </summary>
    /// <exception cref="ArgumentException">Undefined or <see cref="OrganisationalPlayer.Unknown"/> player, undefined level,
    /// no group, or an unknown/undefined group.</exception>
    public DataAccessPolicy Grant(OrganisationalPlayer player, AccessLevel level, params FieldGroup[] groups)
    {
        Guard.Against.UndefinedEnum(player);
        return new DataAccessPolicy(_grants, _auditedReads, _players, WithLevels(_playerGrants, player, level, groups));
    }

    /// <summary>A new policy where <paramref name="role"/> belongs to <paramref name="player"/> (replacing its player, if any).</summary>
    /// <exception cref="ArgumentException">Default role, or an undefined or <see cref="OrganisationalPlayer.Unknown"/> player.</exception>
    public DataAccessPolicy AssignPlayer(Role role, OrganisationalPlayer player)
    {
        RequireRole(role);
        Guard.Against.UndefinedEnum(player);
        var players = _players.ToDictionary();
        players[role] = player;
        return new DataAccessPolicy(_grants, _auditedReads, players.ToFrozenDictionary(), _playerGrants);
    }

    /// <summary>The organisational player <paramref name="role"/> belongs to; <see cref="OrganisationalPlayer.Unknown"/> when none was assigned.</summary>
    /// <exception cref="ArgumentException">Default role.</exception>
    public OrganisationalPlayer PlayerOf(Role role)
    {
        RequireRole(role);
        return _players.GetValueOrDefault(role);
    }

    /// <summary>
    /// A new policy under which reads of <paramref name="groups"/> are audited: <see cref="Customer.Read"/> hides them
    /// and <see cref="Customer.ReadAudited"/> shows them and keeps each read in the customer's audit trail. Groups
    /// audited before stay audited.
    /// </summary>
    /// <exception cref="ArgumentException">No group, or an unknown/undefined group.</exception>
    public DataAccessPolicy AuditReadsOf(params FieldGroup[] groups)
    {
        Guard.Against.NullOrEmpty(groups);
        var audited = _auditedReads;
        foreach (var group in groups)
        {
            audited |= 1 << Index(group);
        }

        return new DataAccessPolicy(_grants, audited, _players, _playerGrants);
    }

    /// <summary>True when reads of <paramref name="group"/> are audited (see <see cref="AuditReadsOf"/>); none are by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is unknown or undefined.</exception>
    public bool IsReadAudited(FieldGroup group) => (_auditedReads & (1 << Index(group))) != 0;

    /// <summary>True when the policy names <paramref name="role"/>.</summary>
    public bool Knows(Role role) => _grants.ContainsKey(role) || _players.ContainsKey(role);

    /// <summary>The level <paramref name="role"/> has on <paramref name="group"/>; <see cref="AccessLevel.None"/> for an unknown role.</summary>
    /// <exception cref="ArgumentException">Default role, or an unknown/undefined group.</exception>
    public AccessLevel LevelOf(Role role, FieldGroup group)
    {
        RequireRole(role);
        return Level(role, Index(group));
    }

    /// <summary>True when <paramref name="role"/> may read <paramref name="group"/>.</summary>
    public bool CanRead(Role role, FieldGroup group) => LevelOf(role, group) >= AccessLevel.Read;

    /// <summary>True when <paramref name="role"/> may change <paramref name="group"/>.</summary>
    public bool CanChange(Role role, FieldGroup group) => LevelOf(role, group) == AccessLevel.Change;

    /// <summary>Why <paramref name="actor"/> may not have <paramref name="level"/> on <paramref name="group"/>; null when allowed.</summary>
    /// <exception cref="ArgumentException">Default actor, or an unknown/undefined group or level.</exception>
    public string? RefusalReason(Actor actor, FieldGroup group, AccessLevel level)
    {
        if (actor.IsDefault)
        {
            throw new ArgumentException($"{nameof(actor)} is an uninitialised default(Actor).", nameof(actor));
        }

        Guard.Against.UndefinedEnum(level, allowDefault: true);
        var i = Index(group);
        if (!Knows(actor.Role))
        {
            return $"role '{actor.Role}' is not defined in the data-access policy";
        }

        var has = Level(actor.Role, i);
        var player = _players.GetValueOrDefault(actor.Role);
        return has >= level ? null
            : $"role '{actor.Role}'{(player == OrganisationalPlayer.Unknown ? string.Empty : $" ({player})")} has {has} access to {group}, {level} is required";
    }

    /// <inheritdoc />
    public override string ToString() => $"Data-access policy for {_grants.Count} roles";

    /// <summary>The higher of the role's own level on group index <paramref name="i"/> and its player's.</summary>
    private AccessLevel Level(Role role, int i)
    {
        var own = _grants.TryGetValue(role, out var levels) ? levels[i] : AccessLevel.None;
        var viaPlayer = _players.TryGetValue(role, out var player) && _playerGrants.TryGetValue(player, out var granted) ? granted[i] : AccessLevel.None;
        return own >= viaPlayer ? own : viaPlayer;
    }

    /// <summary><paramref name="grants"/> with <paramref name="key"/> at <paramref name="level"/> on <paramref name="groups"/>.</summary>
    private static FrozenDictionary<TKey, ImmutableArray<AccessLevel>> WithLevels<TKey>(
        FrozenDictionary<TKey, ImmutableArray<AccessLevel>> grants, TKey key, AccessLevel level, FieldGroup[] groups)
        where TKey : notnull
    {
        Guard.Against.UndefinedEnum(level, allowDefault: true);
        Guard.Against.NullOrEmpty(groups);
        var levels = grants.TryGetValue(key, out var existing) ? existing.ToBuilder() : ImmutableArray.CreateBuilder<AccessLevel>();
        while (levels.Count < FieldGroups.Length + 1)
        {
            levels.Add(AccessLevel.None);
        }

        foreach (var group in groups)
        {
            levels[Index(group)] = level;
        }

        var copy = grants.ToDictionary();
        copy[key] = levels.ToImmutable();
        return copy.ToFrozenDictionary();
    }

    private static void RequireRole(Role role)
    {
        if (role.IsDefault)
        {
            throw new ArgumentException($"{nameof(role)} is an uninitialised default(Role).", nameof(role));
        }
    }

    private static int Index(FieldGroup group) =>
        group is > FieldGroup.Unknown and <= FieldGroup.Notes
            ? (int)group
            : throw new ArgumentOutOfRangeException(nameof(group), group, $"{nameof(group)} must be one of Identity, Contact, Consent, Interactions, Financial, Notes; it was {group}.");
}
