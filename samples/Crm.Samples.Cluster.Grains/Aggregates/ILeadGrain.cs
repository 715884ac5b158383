using Crm.Samples.Cluster.Grains.Wire;
using NodaTime;

namespace Crm.Samples.Cluster.Grains.Aggregates;

/// <summary>A lead in the acquisition funnel (the library's <c>Lead</c>), keyed by its id.</summary>
public interface ILeadGrain : IAggregateGrain
{
    /// <summary>Creates the lead; <paramref name="source"/> is a <c>LeadSource</c> name.</summary>
    Task<AggregateView> Create(string commandId, string source, Instant at);

    /// <summary>Advances the lead one funnel stage (an <c>IllegalTransitionException</c> when it is won or lost).</summary>
    Task<AggregateView> Advance(string commandId, Instant at);

    /// <summary>Loses the lead; <paramref name="reason"/> is a <c>LossReason</c> name.</summary>
    Task<AggregateView> Lose(string commandId, string reason, Instant at);
}
