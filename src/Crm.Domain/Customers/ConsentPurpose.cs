using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Primitives;

namespace Crm.Domain.Customers;

/// <summary>
/// What a consent covers, such as <c>marketing</c>, <c>service</c> or <c>profiling</c>: a name of 1–64 characters
/// from <c>a-z</c>, <c>0-9</c>, <c>-</c>, <c>_</c> and <c>.</c>, lower-cased on creation.
/// </summary>
/// <remarks>Equality and ordering are ordinal on the name. <c>default</c> has no name (<see cref="IsDefault"/>) and is
/// refused wherever a purpose is required. Immutable and thread-safe.</remarks>
[JsonConverter(typeof(ConsentPurposeJsonConverter))]
public readonly record struct ConsentPurpose
{
    /// <summary>The longest name accepted.</summary>
    public const int MaxLength = 64;

    private readonly string? _name;

    private ConsentPurpose(string name) => _name = name;

    /// <summary>Direct marketing (offers, newsletters).</summary>
    public static ConsentPurpose Marketing => new("marketing");

    /// <summary>Service messages beyond what a contract strictly requires.</summary>
    public static ConsentPurpose Service => new("service");

    /// <summary>Profiling and personalisation.</summary>
    public static ConsentPurpose Profiling => new("profiling");

    /// <summary>The purpose's name; empty for <c>default</c>.</summary>
    [NotPersonal("a purpose's name, from the controller's list")]
    public string Name => _name ?? string.Empty;

    /// <summary>True for <c>default(ConsentPurpose)</c>.</summary>
    public bool IsDefault => _name is null;

    /// <summary>Creates a purpose.</summary>
    /// <exception cref="ArgumentException">The name is blank, too long, or has characters outside a-z, 0-9, '-', '_', '.'.</exception>
    public static ConsentPurpose Of(string name)
    {
        Guard.Against.NullOrWhiteSpace(name);
        var n = name.Trim().ToLowerInvariant();
        if (n.Length > MaxLength || !n.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.'))
        {
            throw new ArgumentException($"{nameof(name)} must be 1 to {MaxLength} characters from a-z, 0-9, '-', '_', '.'; it was '{name}'.", nameof(name));
        }

        return new ConsentPurpose(n);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
