namespace Crm.Domain.Privacy;

/// <summary>Where a <see cref="DataSubjectRequest"/> stands.</summary>
/// <remarks>
/// Received → (AwaitingIdentity →) IdentityVerified → InProgress → Fulfilled or Refused; a request can also be refused
/// from Received, AwaitingIdentity or IdentityVerified (e.g. identity never confirmed, manifestly unfounded). Fulfilled
/// and Refused are final. An extension (<see cref="DataSubjectRequest.Extend"/>) moves the deadline, not the state.
/// <c>default</c> (0) is not a state.
/// </remarks>
public enum DataSubjectRequestState
{
    /// <summary>Logged; the clock runs from the day of receipt.</summary>
    Received = 1,

    /// <summary>The controller asked for proof of identity; the clock is paused until it arrives.</summary>
    AwaitingIdentity = 2,

    /// <summary>The requester is the data subject (or acts for them).</summary>
    IdentityVerified = 3,

    /// <summary>Being worked on.</summary>
    InProgress = 4,

    /// <summary>Answered (final).</summary>
    Fulfilled = 5,

    /// <summary>Refused with a reason (final).</summary>
    Refused = 6,
}
