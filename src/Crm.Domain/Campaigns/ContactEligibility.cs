using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Specifications;
using NodaTime;

namespace Crm.Domain.Campaigns;

/// <summary>Adapters that turn a delegate or a specification into an <see cref="IContactEligibility"/>.</summary>
/// <remarks>The adapters are immutable and as thread-safe as the delegate or specification they wrap.</remarks>
public static class ContactEligibility
{
    /// <summary>A permission that allows every contact (use only where no policy applies, such as tests).</summary>
    public static IContactEligibility AllowAll { get; } = new DelegateEligibility(static (_, _, _) => true);

    /// <summary>A permission from a pure function.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="mayContact"/> is null.</exception>
    public static IContactEligibility From(Func<CustomerId, Channel, Instant, bool> mayContact) =>
        new DelegateEligibility(Guard.Against.Null(mayContact));

    /// <summary>A permission from a specification over the contact request (consent rules written as criteria).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public static IContactEligibility From(Specification<ContactRequest> rule)
    {
        Guard.Against.Null(rule);
        return new DelegateEligibility((c, ch, at) => rule.IsSatisfiedBy(new ContactRequest(c, ch, at)));
    }

    private sealed class DelegateEligibility(Func<CustomerId, Channel, Instant, bool> mayContact) : IContactEligibility
    {
        public bool MayContact(CustomerId customer, Channel channel, Instant at) => mayContact(customer, channel, at);
    }
}
