using NodaTime;

namespace Crm.Domain.Processes;

/// <summary>
/// One entry of a process's append-only history: something that happened to an aggregate, and when. Every aggregate
/// with a lifecycle (lead, service case, complaint, opportunity, campaign, follow-up, assessment history, customer)
/// keeps its history as a list of these, oldest first, and can be rebuilt from it with its <c>FromHistory</c>.
/// </summary>
/// <remarks>
/// <para>Each aggregate has one abstract event record (<c>LeadEvent</c>, <c>CaseEvent</c>…) with a sealed record per
/// kind of change. Events are plain data with structural equality; they carry everything needed to replay the change,
/// and nothing derived.</para>
/// <para>JSON: events serialise through <c>CrmJson</c> polymorphically, with a <c>"type"</c> discriminator written
/// first, such as <c>"lead.stageChanged.v1"</c>. The suffix is the event's schema version: a changed shape gets a new
/// discriminator and the old one keeps being read, so stored histories stay readable for years.</para>
/// </remarks>
public interface IProcessEvent
{
    /// <summary>When the change happened. Within one history, instants never go backwards (equal instants are allowed).</summary>
    Instant At { get; }
}
