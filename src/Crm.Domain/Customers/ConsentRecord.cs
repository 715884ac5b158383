using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>
/// One recorded consent event: for a channel and a purpose, the customer granted or withdrew consent at an instant,
/// captured by a source (a web form, a call centre, a store), with its proof (such as a double opt-in) and an optional
/// reference to that proof (a confirmation token id, a document number).
/// </summary>
/// <remarks>Records are never edited: a change of mind is a new record; the latest one per channel and purpose wins
/// (<see cref="ConsentLedger"/>). The capture source and proof reference must not contain personal data: text shaped
/// like an e-mail address or a phone number is refused (also when read from JSON); erasure blanks them anyway. Equality is by value. Immutable and thread-safe.</remarks>
public sealed class ConsentRecord : IEquatable<ConsentRecord>
{
    /// <summary>The longest capture source or proof reference accepted.</summary>
    public const int MaxTextLength = 200;

    /// <summary>The capture source written by erasure.</summary>
    public const string ErasedText = "erased";

    [JsonConstructor]
    internal ConsentRecord(Channel channel, ConsentPurpose purpose, ConsentStatus status, Instant at, string captureSource, ConsentProof proof, string? proofReference)
    {
        Guard.Against.UndefinedEnum(channel);

        if (purpose.IsDefault)
        {
            throw new ArgumentException($"{nameof(purpose)} is an uninitialised default(ConsentPurpose).", nameof(purpose));
        }

        if (status is not (ConsentStatus.Granted or ConsentStatus.Withdrawn))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, $"{nameof(status)} must be Granted or Withdrawn (NotAsked is the absence of a record); it was {status}.");
        }

        Guard.Against.UndefinedEnum(proof, allowDefault: true);

        Guard.Against.NullOrWhiteSpace(captureSource);
        Guard.Against.TooLong(captureSource, MaxTextLength);
        Guard.Against.ContactData(captureSource);
        if (proofReference is not null)
        {
            Guard.Against.NullOrWhiteSpace(proofReference);
            Guard.Against.TooLong(proofReference, MaxTextLength);
            Guard.Against.ContactData(proofReference);
        }

        Channel = channel;
        Purpose = purpose;
        Status = status;
        At = at;
        CaptureSource = captureSource;
        Proof = proof;
        ProofReference = proofReference;
    }

    /// <summary>The channel the consent covers.</summary>
    public Channel Channel { get; }

    /// <summary>The purpose the consent covers.</summary>
    public ConsentPurpose Purpose { get; }

    /// <summary>Granted or withdrawn.</summary>
    public ConsentStatus Status { get; }

    /// <summary>When the customer gave or withdrew consent.</summary>
    public Instant At { get; }

    /// <summary>Where the consent was captured (a form, a campaign, a store, an agent's desk).</summary>
    public string CaptureSource { get; }

    /// <summary>The kind of evidence kept.</summary>
    public ConsentProof Proof { get; }

    /// <summary>A reference to the evidence (a confirmation id, a document number); null if none.</summary>
    public string? ProofReference { get; }

    /// <summary>A grant of consent.</summary>
    /// <exception cref="ArgumentException">Unknown channel, default purpose, blank or too long texts, or texts shaped like an e-mail address or a phone number.</exception>
    public static ConsentRecord Grant(Channel channel, ConsentPurpose purpose, Instant at, string captureSource, ConsentProof proof, string? proofReference = null) =>
        new(channel, purpose, ConsentStatus.Granted, at, captureSource, proof, proofReference);

    /// <summary>A withdrawal of consent.</summary>
    /// <exception cref="ArgumentException">Unknown channel, default purpose, blank or too long texts, or texts shaped like an e-mail address or a phone number.</exception>
    public static ConsentRecord Withdraw(Channel channel, ConsentPurpose purpose, Instant at, string captureSource, ConsentProof proof = ConsentProof.None, string? proofReference = null) =>
        new(channel, purpose, ConsentStatus.Withdrawn, at, captureSource, proof, proofReference);

    /// <summary>The same record with the capture source and proof reference blanked (for erasure); the countable facts stay.</summary>
    public ConsentRecord Anonymised() => new(Channel, Purpose, Status, At, ErasedText, Proof, null);

    /// <inheritdoc />
    public bool Equals(ConsentRecord? other) =>
        other is not null && Channel == other.Channel && Purpose == other.Purpose && Status == other.Status && At == other.At
        && string.Equals(CaptureSource, other.CaptureSource, StringComparison.Ordinal) && Proof == other.Proof
        && string.Equals(ProofReference, other.ProofReference, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ConsentRecord);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Channel, Purpose, Status, At, CaptureSource, Proof, ProofReference);

    /// <inheritdoc />
    public override string ToString() => $"{Status} {Channel}/{Purpose} at {At} ({Proof})";

    /// <summary>Equality.</summary>
    public static bool operator ==(ConsentRecord? left, ConsentRecord? right) => left?.Equals(right) ?? right is null;

    /// <summary>Inequality.</summary>
    public static bool operator !=(ConsentRecord? left, ConsentRecord? right) => !(left == right);
}
