using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Privacy;

/// <summary>
/// One customer's stop on profiling, read off the customer (<see cref="ProcessingRestrictions.From"/>) or recorded by
/// the host: a restriction of processing (Art. 18) since an instant, an objection to direct marketing (Art. 21) since
/// an instant, or both. Holds an id, instants and a ground, never personal data.
/// </summary>
/// <remarks>Mirrors <see cref="Customer.MayProcessFor"/>: the customer is blocked at an instant on or after either
/// start. Immutable and thread-safe.</remarks>
public sealed class ProcessingRestriction
{
    /// <summary>Creates the entry.</summary>
    /// <param name="customer">The customer (not default).</param>
    /// <param name="restrictedSince">Since when processing is restricted; null when it is not.</param>
    /// <param name="ground">Why it is restricted: given exactly when <paramref name="restrictedSince"/> is.</param>
    /// <param name="objectedSince">Since when the customer objects to direct marketing; null when they do not.</param>
    /// <exception cref="ArgumentException">A default id, an undefined ground, a ground without a restriction (or the
    /// reverse), or neither a restriction nor an objection.</exception>
    [JsonConstructor]
    public ProcessingRestriction(CustomerId customer, Instant? restrictedSince, RestrictionGround? ground, Instant? objectedSince)
    {
        Guard.Against.Uninitialized(customer, !customer.IsDefault);
        if (ground is { } g)
        {
            Guard.Against.UndefinedEnum(g, parameterName: nameof(ground));
        }

        if (restrictedSince.HasValue != ground.HasValue)
        {
            throw new ArgumentException("ground is given exactly when restrictedSince is.", nameof(ground));
        }

        if (restrictedSince is null && objectedSince is null)
        {
            throw new ArgumentException("an entry needs a restriction (restrictedSince) or an objection (objectedSince).", nameof(objectedSince));
        }

        Customer = customer;
        RestrictedSince = restrictedSince;
        Ground = ground;
        ObjectedSince = objectedSince;
    }

    /// <summary>The customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Since when processing is restricted (Art. 18); null when it is not.</summary>
    public Instant? RestrictedSince { get; }

    /// <summary>Why processing is restricted; null exactly when <see cref="RestrictedSince"/> is.</summary>
    public RestrictionGround? Ground { get; }

    /// <summary>Since when the customer objects to direct marketing (Art. 21(2)), which stops profiling for it too;
    /// null when they do not.</summary>
    public Instant? ObjectedSince { get; }

    /// <summary>Since when the customer is blocked at <paramref name="at"/> (the restriction first, as
    /// <see cref="Customer.RequireMayProcessFor"/> reports it); null when processing is allowed then.</summary>
    public Instant? BlockedSince(Instant at) => RestrictedSince <= at ? RestrictedSince : ObjectedSince <= at ? ObjectedSince : null;

    /// <summary>Why the customer is blocked at <paramref name="at"/>, naming the rule and the date, never data; null when not blocked.</summary>
    public string? Reason(Instant at) =>
        RestrictedSince <= at ? $"processing restricted ({Ground}) since {RestrictedSince}"
        : ObjectedSince <= at ? $"objected to direct marketing since {ObjectedSince}"
        : null;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Customer}: " + (RestrictedSince is { } r ? $"restricted ({Ground}) since {r}" : string.Empty)
        + (RestrictedSince is not null && ObjectedSince is not null ? ", " : string.Empty)
        + (ObjectedSince is { } o ? $"objected since {o}" : string.Empty);
}
