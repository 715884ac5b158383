using Crm.Samples.Cluster.Grains.Wire;
using NodaTime;

namespace Crm.Samples.Cluster.Grains.Kpis;

/// <summary>One desk's KPI accumulators for one UTC day (key: <see cref="DeskDay.Key"/>).</summary>
public interface IDeskDayKpiGrain : IGrainWithStringKey
{
    /// <summary>Adds a closed case (time to resolution, first-contact resolution); a case already added is ignored.</summary>
    Task Record(string caseId, Instant opened, Instant resolved, bool firstContact);

    /// <summary>The accumulator states as the library's JSON.</summary>
    Task<DeskDayKpiState> GetState();
}
