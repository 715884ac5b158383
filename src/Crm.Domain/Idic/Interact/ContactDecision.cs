using Crm.Domain.Customers;
using NodaTime;

namespace Crm.Domain.Idic.Interact;

/// <summary>
/// The answer to "may we contact this customer on this channel at this instant?": allowed, or the first reason why
/// not and the earliest instant when it would be allowed (null when only the customer can change it: consent,
/// contact point, preference, erasure, restriction, objection).
/// </summary>
/// <remarks>Equality is by value. <c>default</c> is an allowed decision for <see cref="Channel.Unknown"/> at the
/// epoch, which no policy returns. Immutable and thread-safe.</remarks>
public readonly record struct ContactDecision
{
    internal ContactDecision(Channel channel, Instant at, ContactRefusal refusal, Instant? nextPossible)
    {
        Channel = channel;
        At = at;
        Refusal = refusal;
        NextPossible = nextPossible;
    }

    /// <summary>The channel asked about.</summary>
    public Channel Channel { get; }

    /// <summary>The instant asked about.</summary>
    public Instant At { get; }

    /// <summary>Why not; <see cref="ContactRefusal.None"/> when allowed.</summary>
    public ContactRefusal Refusal { get; }

    /// <summary>True when the contact is allowed.</summary>
    public bool IsAllowed => Refusal == ContactRefusal.None;

    /// <summary>When allowed: <see cref="At"/>. When refused for a time-bound reason (quiet hours, caps): the earliest
    /// later instant that passes every time-bound rule, assuming no other contact meanwhile. Otherwise null.</summary>
    public Instant? NextPossible { get; }

    /// <summary>A readable answer.</summary>
    public string Explain() => Refusal switch
    {
        ContactRefusal.None => $"Contact on {Channel} at {At} is allowed.",
        ContactRefusal.Erased => $"No contact on {Channel}: the customer is erased.",
        ContactRefusal.NoConsent => $"No contact on {Channel}: no consent was given for this channel and purpose.",
        ContactRefusal.ConsentWithdrawn => $"No contact on {Channel}: consent for this channel and purpose was withdrawn.",
        ContactRefusal.NoContactPoint => $"No contact on {Channel}: the customer has no usable contact point for it.",
        ContactRefusal.NotPreferredChannel => $"No contact on {Channel}: the customer prefers other channels.",
        ContactRefusal.ConsentExpired => $"No contact on {Channel}: consent for this channel and purpose expired.",
        ContactRefusal.BasisNotAccepted => $"No contact on {Channel}: the lawful basis held for this channel and purpose is not accepted by the jurisdiction rules.",
        ContactRefusal.Restricted => $"No contact on {Channel}: processing of the customer's data is restricted.",
        ContactRefusal.Objected => $"No contact on {Channel}: the customer objected to direct marketing.",
        ContactRefusal.QuietHours => $"Not now on {Channel}: quiet hours in the customer's time zone; next possible {NextPossible}.",
        _ => $"Not now on {Channel}: a frequency cap is reached; next possible {NextPossible}.",
    };

    /// <inheritdoc />
    public override string ToString() => Explain();
}
