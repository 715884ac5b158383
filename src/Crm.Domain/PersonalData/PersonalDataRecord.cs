using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.PersonalData;

/// <summary>What one aggregate holds about a data subject, in an export (<see cref="PersonalDataExport"/>).</summary>
/// <remarks>Immutable and thread-safe. Its text shows the kind, identifier and field count only.</remarks>
public sealed class PersonalDataRecord
{
    /// <summary>The longest kind or identifier accepted.</summary>
    public const int MaxIdLength = 128;

    /// <summary>Creates a record.</summary>
    /// <param name="kind">The aggregate's kind (<see cref="IPersonalDataHolder.Kind"/>); not blank.</param>
    /// <param name="id">The aggregate's identifier; not blank.</param>
    /// <param name="holding">What it holds about the subject (a defined value).</param>
    /// <param name="fields">The items (none for an aggregate that holds nothing personal any more); no null item.</param>
    /// <exception cref="ArgumentException">A blank or over-long text, an undefined holding, a default array or a null item.</exception>
    [JsonConstructor]
    public PersonalDataRecord(string kind, string id, PersonalDataHolding holding, ImmutableArray<PersonalDataField> fields)
    {
        Guard.Against.NullOrWhiteSpace(kind);
        Guard.Against.TooLong(kind, MaxIdLength);
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.TooLong(id, MaxIdLength);
        Guard.Against.UndefinedEnum(holding);
        Guard.Against.DefaultArray(fields);
        foreach (var field in fields)
        {
            Guard.Against.NullElement(field, nameof(fields));
        }

        Kind = kind;
        Id = id;
        Holding = holding;
        Fields = fields;
    }

    /// <summary>The aggregate's kind.</summary>
    public string Kind { get; }

    /// <summary>The aggregate's identifier.</summary>
    public string Id { get; }

    /// <summary>What it holds about the subject.</summary>
    public PersonalDataHolding Holding { get; }

    /// <summary>The items, in the aggregate's order.</summary>
    public ImmutableArray<PersonalDataField> Fields { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Id}: {Holding}, {Counted.Of(Fields.Length, "field")}";
}
