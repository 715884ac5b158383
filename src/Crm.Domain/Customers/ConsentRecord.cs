using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>
/// One recorded consent event: for a channel and a purpose, the customer granted or withdrew consent at an instant,
/// captured by a source (a web form, a call centre, a store), with its proof (such as a double opt-in) and an optional
/// reference to that proof (a confirmation token id, a document number). Since issue 17, a record names the
/// <see cref="LawfulBasis"/> it rests on (consent by default; others through <see cref="OnBasis"/> and
/// <see cref="EndBasis"/>), and a grant may carry an expiry (<see cref="ExpiresAt"/>: the grant lapses then) and a
/// re-permission date (<see cref="RepermissionAt"/>: when to ask again).
/// </summary>
/// <remarks>Records are never edited: a change of mind is a new record; the latest one per channel and purpose wins
/// (<see cref="ConsentLedger"/>). The capture source and proof reference must not contain personal data: text shaped
/// like an e-mail address or a phone number is refused (also when read from JSON); erasure blanks them anyway. A
/// legitimate-interest grant needs a <see cref="BalancingTest"/> whose outcome favours the interest; no other record
/// carries one. JSON written before lawful bases existed reads back as consent without expiry or re-permission date.
/// Equality is by value. Immutable and thread-safe.</remarks>
public sealed class ConsentRecord : IEquatable<ConsentRecord>
{
    /// <summary>The longest capture source or proof reference accepted.</summary>
    public const int MaxTextLength = 200;

    /// <summary>The capture source written by erasure.</summary>
    public const string ErasedText = "erased";

    [JsonConstructor]
    internal ConsentRecord(Channel channel, ConsentPurpose purpose, ConsentStatus status, Instant at, string captureSource, ConsentProof proof, string? proofReference,
        LawfulBasis basis = LawfulBasis.Consent, Instant? expiresAt = null, Instant? repermissionAt = null, BalancingTest? balancingTest = null)
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

        RequireBasisTerms(status, at, basis, expiresAt, repermissionAt, balancingTest);
        Channel = channel;
        Purpose = purpose;
        Status = status;
        At = at;
        CaptureSource = captureSource;
        Proof = proof;
        ProofReference = proofReference;
        Basis = basis;
        ExpiresAt = expiresAt;
        RepermissionAt = repermissionAt;
        BalancingTest = balancingTest;
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
    [Personal]
    public string CaptureSource { get; }

    /// <summary>The kind of evidence kept.</summary>
    public ConsentProof Proof { get; }

    /// <summary>A reference to the evidence (a confirmation id, a document number); null if none.</summary>
    [Personal]
    public string? ProofReference { get; }

    /// <summary>The lawful basis the record grants or ends; <see cref="LawfulBasis.Consent"/> by default.</summary>
    public LawfulBasis Basis { get; }

    /// <summary>For a grant, when it lapses (the grant no longer holds at and after this instant); null if it does not
    /// expire. Always null for a withdrawal.</summary>
    public Instant? ExpiresAt { get; }

    /// <summary>For a grant, when to ask the customer again (<see cref="ConsentLedger.RepermissionDue"/>); null if
    /// never. Always null for a withdrawal.</summary>
    public Instant? RepermissionAt { get; }

    /// <summary>The balancing test of a legitimate-interest grant; null for every other record.</summary>
    public BalancingTest? BalancingTest { get; }

    /// <summary>A grant of consent.</summary>
    /// <exception cref="ArgumentException">Unknown channel, default purpose, blank or too long texts, or texts shaped like an e-mail address or a phone number.</exception>
    public static ConsentRecord Grant(Channel channel, ConsentPurpose purpose, Instant at, string captureSource, ConsentProof proof, string? proofReference = null) =>
        new(channel, purpose, ConsentStatus.Granted, at, captureSource, proof, proofReference);

    /// <summary>A withdrawal of consent.</summary>
    /// <exception cref="ArgumentException">Unknown channel, default purpose, blank or too long texts, or texts shaped like an e-mail address or a phone number.</exception>
    public static ConsentRecord Withdraw(Channel channel, ConsentPurpose purpose, Instant at, string captureSource, ConsentProof proof = ConsentProof.None, string? proofReference = null) =>
        new(channel, purpose, ConsentStatus.Withdrawn, at, captureSource, proof, proofReference);

    /// <summary>
    /// A grant of a lawful basis other than consent for <paramref name="channel"/> and <paramref name="purpose"/>
    /// (a contract, a legal obligation, vital interests, a public task, or a legitimate interest with its
    /// <paramref name="balancingTest"/>). Consent is granted through <see cref="Grant"/>, which needs its proof.
    /// </summary>
    /// <exception cref="ArgumentException">Unknown channel or basis, <see cref="LawfulBasis.Consent"/>, default purpose,
    /// bad texts (see <see cref="Grant"/>), a legitimate interest without a balancing test or whose test found the
    /// person's rights prevail, or a balancing test for another basis.</exception>
    public static ConsentRecord OnBasis(Channel channel, ConsentPurpose purpose, LawfulBasis basis, Instant at, string captureSource, BalancingTest? balancingTest = null)
    {
        RequireOtherThanConsent(basis, nameof(Grant));
        return new(channel, purpose, ConsentStatus.Granted, at, captureSource, ConsentProof.None, null, basis, null, null, balancingTest);
    }

    /// <summary>The end of a lawful basis other than consent (a contract ended, an obligation lapsed); a consent is
    /// withdrawn through <see cref="Withdraw"/>.</summary>
    /// <exception cref="ArgumentException">Unknown channel or basis, <see cref="LawfulBasis.Consent"/>, default purpose, bad texts.</exception>
    public static ConsentRecord EndBasis(Channel channel, ConsentPurpose purpose, LawfulBasis basis, Instant at, string captureSource)
    {
        RequireOtherThanConsent(basis, nameof(Withdraw));
        return new(channel, purpose, ConsentStatus.Withdrawn, at, captureSource, ConsentProof.None, null, basis);
    }

    /// <summary>This grant with an expiry: it lapses at <paramref name="expiresAt"/> (null: never).</summary>
    /// <exception cref="ArgumentException">This record is a withdrawal, or <paramref name="expiresAt"/> is not after <see cref="At"/>.</exception>
    public ConsentRecord WithExpiry(Instant? expiresAt) =>
        new(Channel, Purpose, Status, At, CaptureSource, Proof, ProofReference, Basis, expiresAt, RepermissionAt, BalancingTest);

    /// <summary>This grant with a re-permission date: the customer is to be asked again from <paramref name="repermissionAt"/> (null: never).</summary>
    /// <exception cref="ArgumentException">This record is a withdrawal, or <paramref name="repermissionAt"/> is not after <see cref="At"/>.</exception>
    public ConsentRecord WithRepermission(Instant? repermissionAt) =>
        new(Channel, Purpose, Status, At, CaptureSource, Proof, ProofReference, Basis, ExpiresAt, repermissionAt, BalancingTest);

    /// <summary>True when this is a grant that has lapsed at <paramref name="asOf"/> (its <see cref="ExpiresAt"/> is at or before it).</summary>
    public bool HasLapsedAt(Instant asOf) => Status == ConsentStatus.Granted && ExpiresAt <= asOf;

    /// <summary>The same record with the capture source, proof reference and balancing-test reference blanked (for
    /// erasure); the countable facts (basis, instants, outcome) stay.</summary>
    public ConsentRecord Anonymised() => new(Channel, Purpose, Status, At, ErasedText, Proof, null, Basis, ExpiresAt, RepermissionAt, BalancingTest?.Anonymised());

    /// <inheritdoc />
    public bool Equals(ConsentRecord? other) =>
        other is not null && Channel == other.Channel && Purpose == other.Purpose && Status == other.Status && At == other.At
        && string.Equals(CaptureSource, other.CaptureSource, StringComparison.Ordinal) && Proof == other.Proof
        && string.Equals(ProofReference, other.ProofReference, StringComparison.Ordinal)
        && Basis == other.Basis && ExpiresAt == other.ExpiresAt && RepermissionAt == other.RepermissionAt && BalancingTest == other.BalancingTest;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ConsentRecord);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(HashCode.Combine(Channel, Purpose, Status, At, CaptureSource, Proof, ProofReference), Basis, ExpiresAt, RepermissionAt, BalancingTest);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Status} {Channel}/{Purpose} at {At} ({(Basis == LawfulBasis.Consent ? Proof.ToString() : Basis.ToString())}){(ExpiresAt is { } e ? $", expires {e}" : string.Empty)}";

    private static void RequireOtherThanConsent(LawfulBasis basis, string consentMethod)
    {
        Guard.Against.UndefinedEnum(basis, allowDefault: true);
        if (basis == LawfulBasis.Consent)
        {
            throw new ArgumentException($"{nameof(basis)} must not be {LawfulBasis.Consent}: consent is recorded through {nameof(ConsentRecord)}.{consentMethod}, with its proof.", nameof(basis));
        }
    }

    private static void RequireBasisTerms(ConsentStatus status, Instant at, LawfulBasis basis, Instant? expiresAt, Instant? repermissionAt, BalancingTest? balancingTest)
    {
        Guard.Against.UndefinedEnum(basis, allowDefault: true);
        if (status == ConsentStatus.Withdrawn && (expiresAt is not null || repermissionAt is not null))
        {
            throw new ArgumentException("A withdrawal has no expiry and no re-permission date: only a grant lapses or is renewed.", expiresAt is null ? nameof(repermissionAt) : nameof(expiresAt));
        }

        if (expiresAt <= at)
        {
            throw new ArgumentOutOfRangeException(nameof(expiresAt), expiresAt, $"{nameof(expiresAt)} must be after the grant ({at}).");
        }

        if (repermissionAt <= at)
        {
            throw new ArgumentOutOfRangeException(nameof(repermissionAt), repermissionAt, $"{nameof(repermissionAt)} must be after the grant ({at}).");
        }

        if (basis != LawfulBasis.LegitimateInterest && balancingTest is not null)
        {
            throw new ArgumentException($"Only a {LawfulBasis.LegitimateInterest} record carries a balancing test; this one rests on {basis}.", nameof(balancingTest));
        }

        if (basis == LawfulBasis.LegitimateInterest && status == ConsentStatus.Granted && balancingTest?.Outcome != BalancingOutcome.InterestPrevails)
        {
            throw new ArgumentException(
                $"A {LawfulBasis.LegitimateInterest} grant needs a recorded balancing test whose outcome is {BalancingOutcome.InterestPrevails}; it had {(balancingTest is null ? "none" : balancingTest.Outcome.ToString())}.",
                nameof(balancingTest));
        }
    }

    /// <summary>Equality.</summary>
    public static bool operator ==(ConsentRecord? left, ConsentRecord? right) => left?.Equals(right) ?? right is null;

    /// <summary>Inequality.</summary>
    public static bool operator !=(ConsentRecord? left, ConsentRecord? right) => !(left == right);
}
