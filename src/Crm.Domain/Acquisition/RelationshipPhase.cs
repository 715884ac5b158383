namespace Crm.Domain.Acquisition;

/// <summary>
/// The phases a new customer relationship goes through beside the sales funnel (issue 16 item 5, from the seeds'
/// customer-acquisition process): enquiry → interaction → exchange → co-ordination → adaptation. The ten
/// <see cref="LeadSource"/>s are where a relationship comes from and the four <see cref="ProspectAttitude"/>s how the
/// prospect stands at its start.
/// </summary>
/// <remarks>Declared in the seed's order, so the numeric order is the phases' order. <c>default</c> is
/// <see cref="Unknown"/>.</remarks>
public enum RelationshipPhase
{
    /// <summary>Not known.</summary>
    Unknown = 0,

    /// <summary>The prospect or the firm makes the first enquiry.</summary>
    Enquiry,

    /// <summary>The two sides interact: needs and offers are discussed.</summary>
    Interaction,

    /// <summary>The first exchange of value: a purchase.</summary>
    Exchange,

    /// <summary>The two sides co-ordinate their processes (ordering, delivery, service).</summary>
    Coordination,

    /// <summary>Each side adapts to the other: the relationship is established.</summary>
    Adaptation,
}
