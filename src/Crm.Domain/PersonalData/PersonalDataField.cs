using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.PersonalData;

/// <summary>One item of personal data in an export: a name such as <c>name.family</c> or <c>activity[A-1].notes</c>
/// and its value as text (machine-readable: dates ISO 8601, instants UTC, enums by name).</summary>
/// <remarks>Immutable and thread-safe. Its text shows the name only: the value is the person's data.</remarks>
public sealed class PersonalDataField
{
    /// <summary>The longest name accepted.</summary>
    public const int MaxNameLength = 128;

    /// <summary>The longest value accepted.</summary>
    public const int MaxValueLength = 4000;

    /// <summary>Creates a field.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or longer than <see cref="MaxNameLength"/>;
    /// <paramref name="value"/> is null or longer than <see cref="MaxValueLength"/>.</exception>
    [JsonConstructor]
    public PersonalDataField(string name, string value)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.TooLong(name, MaxNameLength);
        Guard.Against.Null(value);
        Guard.Against.TooLong(value, MaxValueLength);
        Name = name;
        Value = value;
    }

    /// <summary>What the value is.</summary>
    [NotPersonal("the name of an exported field")]
    public string Name { get; }

    /// <summary>The value, as text (may be empty).</summary>
    [Personal]
    public string Value { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: [personal data]";
}
