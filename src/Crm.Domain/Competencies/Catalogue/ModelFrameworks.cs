using static Crm.Domain.Competencies.Catalogue.FrameworkText;
using static Crm.Domain.Competencies.CrmType;

namespace Crm.Domain.Competencies.Catalogue;

/// <summary>IDIC, Buttle's CRM value chain and the QCi customer management model (CRM-CONCEPTS.md §7).</summary>
internal static class ModelFrameworks
{
    internal static CompetencyFramework Idic() => new(
        CompetencyFrameworks.IdicId,
        "IDIC (Identify, Differentiate, Interact, Customize)",
        [
            B("identify", "Identify", "Know each customer individually across every touchpoint.",
                C("identify.recognition", "Customers recognised at every touchpoint", Operational, "Each customer is recognised and linked to one record whatever the channel."),
                C("identify.deduplication", "Duplicates found and merged", Analytical, "Duplicate records are detected and merged with survivorship rules.")),
            B("differentiate", "Differentiate", "Tell customers apart by value and by needs.",
                C("differentiate.value", "Value differentiation", Analytical, "Customers are ranked by current and potential value."),
                C("differentiate.needs", "Needs differentiation", Analytical, "Customers are grouped by needs.")),
            B("interact", "Interact", "Two-way dialogue that is cost-efficient and effective.",
                C("interact.dialogue", "Two-way dialogue", Collaborative, "Customers can reach the company in their channel and each interaction builds on the last."),
                C("interact.contact-policy", "Contact policy", Operational, "Consent, frequency caps and quiet hours are respected.")),
            B("customize", "Customize", "Treat each customer differently based on what was learned.",
                C("customize.offers", "Tailored offers", Analytical, "Offers and next best actions are tailored to value and needs."),
                C("customize.delivery", "Tailored delivery", Operational, "Products, service or communication are adapted per customer.")),
        ],
        "Peppers and Rogers' IDIC: identify, differentiate, interact, customize.");

    internal static CompetencyFramework Buttle() => new(
        CompetencyFrameworks.ButtleValueChainId,
        "Buttle's CRM value chain",
        [
            B("portfolio-analysis", "Customer portfolio analysis", "Which customers to serve, by value.",
                C("portfolio-analysis.value", "Customer value analysis", Analytical, "Customers' current and future value is analysed to shape the portfolio.")),
            B("customer-intimacy", "Customer intimacy", "Knowing the chosen customers well.",
                C("customer-intimacy.knowledge", "Customer knowledge", Analytical, "Identities, history, needs and preferences of chosen customers are known and used.")),
            B("network-development", "Network development", "Suppliers, partners, owners and employees aligned to the customer.",
                C("network-development.partners", "Partner and supplier network", Collaborative, "Partners, suppliers and employees are engaged to deliver value to customers.")),
            B("value-proposition", "Value proposition development", "A proposition that creates value for chosen customers.",
                C("value-proposition.design", "Value proposition design", Strategic, "The proposition is designed with the network for each chosen segment.")),
            B("lifecycle", "Managing the customer lifecycle", "Acquisition, retention and development.",
                C("lifecycle.acquisition", "Acquisition", Operational, "Right-fit customers are acquired cost-effectively."),
                C("lifecycle.retention", "Retention", Operational, "Valuable customers are kept; defection is analysed and prevented."),
                C("lifecycle.development", "Development", Operational, "Customer value grows through cross-sell and up-sell.")),

            // The four supporting conditions that let the primary stages work (ButtleValueChain.SupportingConditionIds).
            B("leadership-culture", "Leadership and culture", "Supporting condition: leaders and a culture that put customers first.",
                C("leadership-culture.commitment", "Leadership commitment", Strategic, "Leaders sponsor CRM and the culture rewards customer-centred behaviour.")),
            B("data-it", "Data and IT", "Supporting condition: customer data and the systems that hold and use it.",
                C("data-it.data", "Customer data and IT", Analytical, "Customer data is complete, shared and served by systems fit for the strategy.")),
            B("people", "People", "Supporting condition: people with the skills and motivation to build relationships.",
                C("people.skills", "People and skills", Collaborative, "Staff are recruited, trained and rewarded for customer relationships.")),
            B("processes", "Processes", "Supporting condition: processes designed around the customer.",
                C("processes.design", "Customer-centred processes", Operational, "Front- and back-office processes are designed and improved for the customer.")),
        ],
        "Buttle's CRM value chain: five primary stages (portfolio analysis, customer intimacy, network development, value proposition, customer lifecycle) and four supporting conditions (leadership and culture, data and IT, people, processes).");

    internal static CompetencyFramework Qci() => new(
        CompetencyFrameworks.QciId,
        "QCi customer management model (Woodcock, Stone and Foss)",
        [
            Element("analysis-planning", "Analysis and planning", Analytical),
            Element("proposition", "Proposition", Strategic),
            Element("people-organisation", "People and organisation", Collaborative),
            Element("information-technology", "Information and technology", Analytical),
            Element("process-management", "Process management", Operational),
            Element("customer-management-activity", "Customer management activity", Operational),
            Element("measurement", "Measurement", Analytical),
            Element("customer-experience", "Customer experience", Operational),
        ],
        "QCi: eight elements, each assessed by evidence-scored questions on intention (what is planned) and reality (what happens).");

    // QCi scores every question twice: what the organisation intends and what actually happens.
    private static CompetencyBlock Element(string id, string title, CrmType type) =>
        B(id, title, $"QCi element: {title.ToLowerInvariant()}.",
            C($"{id}.intention", $"{title}: intention", type, "What is planned, documented and resourced."),
            C($"{id}.reality", $"{title}: reality", type, "What the evidence shows actually happens."));
}
