using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>
/// A customer's data was to be used for marketing or profiling while its processing is restricted (Art. 18) or the
/// customer objected to direct marketing (Art. 21): the refusal names the customer id, the use, the restriction
/// ground (or the objection) and since when — never the data.
/// </summary>
public sealed class ProcessingRestrictedException : InvalidOperationException
{
    /// <summary>Creates the exception with a generic message.</summary>
    public ProcessingRestrictedException()
        : base("Processing is restricted.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ProcessingRestrictedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public ProcessingRestrictedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal ProcessingRestrictedException(CustomerId customerId, ProcessingUse use, RestrictionGround? ground, Instant since)
        : base(ground is { } g
            ? $"Customer {customerId} may not be used for {use}: processing is restricted ({g}) since {since}."
            : $"Customer {customerId} may not be used for {use}: the customer objected to direct marketing at {since}.")
    {
        CustomerId = customerId;
        Use = use;
        Ground = ground;
        Since = since;
    }

    /// <summary>The customer; <c>default</c> when built from a bare message.</summary>
    public CustomerId CustomerId { get; }

    /// <summary>The use refused; <c>default</c> (not a use) when built from a bare message.</summary>
    public ProcessingUse Use { get; }

    /// <summary>The restriction's ground; null for an objection (or a bare message).</summary>
    public RestrictionGround? Ground { get; }

    /// <summary>Since when the restriction or objection holds.</summary>
    public Instant Since { get; }
}
