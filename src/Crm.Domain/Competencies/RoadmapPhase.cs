namespace Crm.Domain.Competencies;

/// <summary>
/// The phases of the CRM implementation roadmap (CRM-CONCEPTS.md §8), in the order they run: scenario analysis,
/// purpose and objectives, business planning, then process design's four steps (technology and vendor selection,
/// solution development, implementation, measurement).
/// </summary>
/// <remarks><c>default</c> is <see cref="Unknown"/>, refused by <see cref="Initiative"/>. The numeric values follow the
/// roadmap order, so phases compare in time order.</remarks>
public enum RoadmapPhase
{
    /// <summary>Not stated.</summary>
    Unknown = 0,

    /// <summary>Scenario analysis: where the organisation stands, what the market and customers demand.</summary>
    ScenarioAnalysis,

    /// <summary>Purpose and objectives: customer value, satisfaction, interaction, service; the 4 Ps.</summary>
    PurposeAndObjectives,

    /// <summary>Business planning: the case, budget, owners and the prioritised capabilities.</summary>
    BusinessPlanning,

    /// <summary>Process design, step 1: technology and vendor selection.</summary>
    TechnologyAndVendorSelection,

    /// <summary>Process design, step 2: solution development.</summary>
    SolutionDevelopment,

    /// <summary>Process design, step 3: implementation (roll-out, training, change).</summary>
    Implementation,

    /// <summary>Process design, step 4: measurement (KPIs against baselined goals; feeds the next cycle).</summary>
    Measurement,
}
