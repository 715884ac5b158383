using static Crm.Domain.Competencies.Catalogue.FrameworkText;
using static Crm.Domain.Competencies.CrmType;

namespace Crm.Domain.Competencies.Catalogue;

/// <summary>The customer-centric model's six elements (CRM-CONCEPTS.md §3) and Payne and Frow's five processes (§7).</summary>
internal static class CustomerCentricFrameworks
{
    internal static CompetencyFramework CustomerCentricModel() => new(
        CompetencyFrameworks.CustomerCentricModelId,
        "Customer-centric model (six elements)",
        [
            B("database", "Customer and prospect database", "A robust customer/prospect database.",
                C("database.completeness", "Complete, current customer and prospect records", Analytical, "One robust record per customer and prospect, with history."),
                C("database.quality", "Data quality and governance", Analytical, "Duplicates, gaps and staleness are measured and fixed; access is controlled.")),
            B("targets", "Target customers or segments", "Target customers or segments are chosen deliberately.",
                C("targets.segments", "Defined target segments", Analytical, "Segments are defined by value and needs, and targets chosen among them.")),
            B("experience", "Prescribed customer experience", "The prescribed customer experience is delivered.",
                C("experience.prescribed", "Experience prescribed per segment", Strategic, "The intended experience is written down per segment."),
                C("experience.delivered", "Experience delivered as prescribed", Operational, "Delivery matches the prescription at every touchpoint.")),
            B("outcomes", "Business outcomes defined and measured", "Business outcomes are defined and measured.",
                C("outcomes.defined", "Outcomes defined", Strategic, "Customer and business outcomes are defined with targets."),
                C("outcomes.measured", "Outcomes measured", Analytical, "Outcomes are measured and reported against targets.")),
            B("alignment", "Organisation aligned", "The organisation is aligned to both the experience and the outcomes.",
                C("alignment.structure", "Structure, roles and incentives aligned", Collaborative, "Roles, incentives and hand-offs support the prescribed experience and outcomes.")),
            B("learning", "Culture of measurement and learning", "A culture of measurement, experimentation, learning and adaptation.",
                C("learning.experimentation", "Measurement and experimentation", Analytical, "Hypotheses are tested with controlled experiments."),
                C("learning.adaptation", "Learning and adaptation", Strategic, "Results change what the organisation does.")),
        ],
        "The customer-centric model: database, targets, prescribed experience, measured outcomes, aligned organisation, learning culture.");

    internal static CompetencyFramework Payne() => new(
        CompetencyFrameworks.PayneId,
        "Payne and Frow's five-process model (2005)",
        [
            B("strategy-development", "Strategy development process", "Business strategy and customer strategy.",
                C("strategy-development.business", "Business strategy", Strategic, "The business vision, industry and competitive context are explicit."),
                C("strategy-development.customer", "Customer strategy", Strategic, "Customer choice, segmentation and targeting follow from the business strategy.")),
            B("value-creation", "Value creation process", "Value the customer receives and value the organisation receives.",
                C("value-creation.customer", "Value the customer receives", Operational, "The value proposition is defined and assessed from the customer's side."),
                C("value-creation.organisation", "Value the organisation receives", Analytical, "Acquisition, retention and lifetime value economics are understood.")),
            B("multichannel-integration", "Multichannel integration process", "Channels combined into one customer experience.",
                C("multichannel-integration.channels", "Integrated channels", Operational, "Channel options are chosen per segment and integrated so the customer sees one company.")),
            B("information-management", "Information management process", "Data repository, analytics and IT systems.",
                C("information-management.repository", "Data repository", Analytical, "One customer data repository feeds all channels and analyses."),
                C("information-management.analytics", "Analytical tools", Analytical, "Analytics turn data into customer insight used in operations.")),
            B("performance-assessment", "Performance assessment process", "Shareholder results and performance monitoring.",
                C("performance-assessment.results", "Shareholder results", Strategic, "CRM is linked to value for shareholders, employees and customers."),
                C("performance-assessment.monitoring", "Performance monitoring", Analytical, "Standards, metrics and KPIs are monitored and acted on.")),
        ],
        "Payne and Frow (2005): strategy development, value creation, multichannel integration, information management, performance assessment.");
}
