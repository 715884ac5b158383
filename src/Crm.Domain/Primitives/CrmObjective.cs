namespace Crm.Domain.Primitives;

/// <summary>The objectives of a CRM roadmap (CRM-CONCEPTS.md §8): customer value, satisfaction, interaction, service;
/// a roadmap item or a scorecard KPI can name the objective it serves.</summary>
/// <remarks>Declared in the source's order. <c>default</c> is <see cref="Unknown"/>.</remarks>
public enum CrmObjective
{
    /// <summary>Not known.</summary>
    Unknown = 0,

    /// <summary>Customer value.</summary>
    CustomerValue,

    /// <summary>Customer satisfaction.</summary>
    Satisfaction,

    /// <summary>Customer interaction.</summary>
    Interaction,

    /// <summary>Customer service.</summary>
    Service,
}
