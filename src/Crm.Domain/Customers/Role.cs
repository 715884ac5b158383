using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Customers;

/// <summary>An employee role named in a <see cref="DataAccessPolicy"/> (<c>sales</c>, <c>service</c>, <c>finance</c>...):
/// 1–64 characters, trimmed and lower-cased.</summary>
/// <remarks>Equality is ordinal on the name. <c>default</c> has no name and is refused. Immutable and thread-safe.</remarks>
[JsonConverter(typeof(RoleJsonConverter))]
public readonly record struct Role
{
    /// <summary>The longest name accepted.</summary>
    public const int MaxLength = 64;

    private readonly string? _name;

    private Role(string name) => _name = name;

    /// <summary>The role's name; empty for <c>default</c>.</summary>
    [NotPersonal("an employee role's name")]
    public string Name => _name ?? string.Empty;

    /// <summary>True for <c>default(Role)</c>.</summary>
    public bool IsDefault => _name is null;

    /// <summary>Creates a role name.</summary>
    /// <exception cref="ArgumentException">The name is blank or longer than <see cref="MaxLength"/>.</exception>
    public static Role Of(string name)
    {
        Guard.Against.NullOrWhiteSpace(name);
        var n = name.Trim().ToLowerInvariant();
        Guard.Against.TooLong(n, MaxLength, nameof(name));
        return new Role(n);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
