using Crm.Domain.Customers;
using Crm.Domain.Primitives;

namespace Crm.Domain.Campaigns;

/// <summary>
/// Answers one question for the audience selection: may we contact this customer on this channel at this instant?
/// Consent, opt-outs, frequency caps and quiet hours all live behind it.
/// </summary>
/// <remarks>
/// <para>The Campaigns room owns only this small abstraction, so that any contact policy (the IDIC contact policy, a
/// consent store, a test double) plugs in; see <see cref="ContactEligibility"/> for adapters from a delegate or a
/// <see cref="Specifications.Specification{T}"/> over <see cref="ContactRequest"/>.</para>
/// <para>Implementations must be pure for the duration of a selection (same answer for the same question) and
/// thread-safe; the selection may call them from one thread per partition.</para>
/// </remarks>
public interface IContactEligibility
{
    /// <summary>True when <paramref name="customer"/> may be contacted on <paramref name="channel"/> at <paramref name="at"/>.</summary>
    bool MayContact(CustomerId customer, Channel channel, NodaTime.Instant at);
}
