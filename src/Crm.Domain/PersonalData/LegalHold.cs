using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.PersonalData;

/// <summary>
/// A legal obligation or claim that keeps one aggregate's data despite an erasure request (Art. 17(3)), e.g. an open
/// invoice dispute on a service case: the erasure plan keeps that aggregate and says why.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class LegalHold
{
    /// <summary>The longest reason accepted.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>Creates a hold on the aggregate of <paramref name="kind"/> and <paramref name="id"/>.</summary>
    /// <param name="kind">The aggregate's kind (<see cref="IPersonalDataHolder.Kind"/>, e.g. <c>serviceCase</c>).</param>
    /// <param name="id">The aggregate's identifier.</param>
    /// <param name="reason">Why, as the requester will be told (e.g. "invoice 2026-114 under dispute"); no personal
    /// data (text shaped like an e-mail address or a phone number is refused).</param>
    /// <exception cref="ArgumentException">A blank or over-long text, or a reason carrying contact data.</exception>
    [JsonConstructor]
    public LegalHold(string kind, string id, string reason)
    {
        Guard.Against.NullOrWhiteSpace(kind);
        Guard.Against.TooLong(kind, PersonalDataRecord.MaxIdLength);
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.TooLong(id, PersonalDataRecord.MaxIdLength);
        Guard.Against.NullOrWhiteSpace(reason);
        Guard.Against.TooLong(reason, MaxReasonLength);
        Guard.Against.ContactData(reason);
        Kind = kind;
        Id = id;
        Reason = reason;
    }

    /// <summary>The aggregate's kind.</summary>
    public string Kind { get; }

    /// <summary>The aggregate's identifier.</summary>
    public string Id { get; }

    /// <summary>Why the data is kept: the controller's legal ground (e.g. an invoice under dispute), which the erasure
    /// plan prints; it names the ground, not the person.</summary>
    [NotPersonal("the controller's legal ground for keeping the data, printed in the erasure plan")]
    public string Reason { get; }

    /// <inheritdoc />
    public override string ToString() => $"Legal hold on {Kind} {Id}: {Reason}";
}
