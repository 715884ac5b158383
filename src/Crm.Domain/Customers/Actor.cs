using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Customers;

/// <summary>Who acts on customer data: an employee (or system) user id and the role they act in.</summary>
/// <remarks>The user id names an employee or a process, not a customer, and appears in audit entries. Equality is by
/// user id (ordinal) and role. <c>default</c> is refused wherever an actor is required. Immutable and thread-safe.</remarks>
public readonly record struct Actor
{
    /// <summary>The longest user id accepted.</summary>
    public const int MaxUserIdLength = 128;

    private readonly string? _userId;

    [JsonConstructor]
    internal Actor(string userId, Role role)
    {
        Guard.Against.NullOrWhiteSpace(userId);
        Guard.Against.TooLong(userId, MaxUserIdLength);
        if (role.IsDefault)
        {
            throw new ArgumentException($"{nameof(role)} is an uninitialised default(Role).", nameof(role));
        }

        _userId = userId;
        Role = role;
    }

    /// <summary>The acting user's id; empty for <c>default</c>.</summary>
    public string UserId => _userId ?? string.Empty;

    /// <summary>The role the user acts in.</summary>
    public Role Role { get; }

    /// <summary>True for <c>default(Actor)</c>.</summary>
    [JsonIgnore]
    public bool IsDefault => Role.IsDefault;

    /// <summary>Creates an actor.</summary>
    /// <exception cref="ArgumentException">The user id is blank or too long, or the role is <c>default</c>.</exception>
    public static Actor Of(string userId, Role role) => new(userId, role);

    /// <summary>Creates an actor from a role name.</summary>
    public static Actor Of(string userId, string role) => Of(userId, Role.Of(role));

    /// <inheritdoc />
    public override string ToString() => $"{UserId} ({Role})";
}
