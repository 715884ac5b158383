using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using Crm.Domain.Scoring;
using Crm.Domain.Specifications;

namespace Crm.Domain.Idic.Customize;

/// <summary>
/// An offer or action that can be recommended to a customer: who is eligible (criteria over the profile), the
/// channel it goes out on, its priority (higher first), and its expected value for a customer (a scoring model, such
/// as acceptance probability × margin, whose breakdown explains the figure).
/// </summary>
/// <remarks>
/// <para>A next-best-action offer, not a campaign's promotion (that is <c>Campaigns.CampaignOffer</c>, with a code, a
/// price and a validity).</para>
/// <para>Immutable and thread-safe if its criteria and model are.</para>
/// </remarks>
public sealed class Offer
{
    private Offer(string name, Channel channel, Specification<CustomerProfile> eligibility, int priority, ScoringModel<CustomerProfile> expectedValue)
    {
        Name = name;
        Channel = channel;
        Eligibility = eligibility;
        Priority = priority;
        ExpectedValue = expectedValue;
    }

    /// <summary>The offer's name (unique within an engine).</summary>
    [NotPersonal("an offer's name in the business's catalogue")]
    public string Name { get; }

    /// <summary>The channel it is delivered on.</summary>
    public Channel Channel { get; }

    /// <summary>Who may receive it.</summary>
    public Specification<CustomerProfile> Eligibility { get; }

    /// <summary>The priority; higher offers are recommended first, expected value breaks ties.</summary>
    public int Priority { get; }

    /// <summary>The expected value of making the offer to a customer.</summary>
    public ScoringModel<CustomerProfile> ExpectedValue { get; }

    /// <summary>Creates an offer.</summary>
    /// <exception cref="ArgumentException">Blank name, unknown channel, null criteria or model.</exception>
    public static Offer Create(string name, Channel channel, Specification<CustomerProfile> eligibility, int priority, ScoringModel<CustomerProfile> expectedValue)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.UndefinedEnum(channel);
        Guard.Against.Null(eligibility);
        Guard.Against.Null(expectedValue);
        return new Offer(name, channel, eligibility, priority, expectedValue);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} via {Channel} (priority {Priority})";
}
