using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.PersonalData;

/// <summary>One line of an <see cref="ErasurePlan"/>: an aggregate holding the subject's data and what the plan does
/// with it, explained.</summary>
/// <remarks>Immutable and thread-safe; round-trips through <c>CrmJson</c>.</remarks>
public sealed class ErasurePlanItem
{
    /// <summary>Creates an item.</summary>
    /// <exception cref="ArgumentException">A blank or over-long text or an undefined action.</exception>
    [JsonConstructor]
    public ErasurePlanItem(string kind, string id, ErasureAction action, string explanation)
    {
        Guard.Against.NullOrWhiteSpace(kind);
        Guard.Against.TooLong(kind, PersonalDataRecord.MaxIdLength);
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.TooLong(id, PersonalDataRecord.MaxIdLength);
        Guard.Against.UndefinedEnum(action);
        Guard.Against.NullOrWhiteSpace(explanation);
        Guard.Against.TooLong(explanation, LegalHold.MaxReasonLength + 100);
        Kind = kind;
        Id = id;
        Action = action;
        Explanation = explanation;
    }

    /// <summary>The aggregate's kind.</summary>
    public string Kind { get; }

    /// <summary>The aggregate's identifier.</summary>
    public string Id { get; }

    /// <summary>What the plan does with it.</summary>
    public ErasureAction Action { get; }

    /// <summary>Why (for a legal hold, its reason).</summary>
    [NotPersonal("the library's text: kinds, identifiers, rules and dates")]
    public string Explanation { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Id}: {Action} ({Explanation})";
}
