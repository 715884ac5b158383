using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Service;

/// <summary>SLA compliance and service-recovery figures over many cases.</summary>
/// <remarks>Pure functions; thread-safe.</remarks>
public static class SlaCompliance
{
    /// <summary>
    /// The share of decided resolution clocks that succeeded, per team: numerator = resolved within target,
    /// denominator = resolved (any) plus still running past target. Running clocks still within target are not decided
    /// and are left out.
    /// </summary>
    public static IReadOnlyDictionary<string, Ratio> ByTeam(IEnumerable<ServiceCase> cases, SlaPolicy policy, Instant asOf)
    {
        Guard.Against.Null(cases);
        Guard.Against.Null(policy);
        var met = new Dictionary<string, (long Met, long Decided)>(StringComparer.Ordinal);
        foreach (var c in cases)
        {
            var status = policy.Evaluate(c, asOf).Resolution.Status;
            var (m, d) = met.GetValueOrDefault(c.Team);
            met[c.Team] = status switch
            {
                SlaStatus.Succeeded => (m + 1, d + 1),
                SlaStatus.NonCompliant => (m, d + 1),
                _ => (m, d),
            };
        }

        return met.ToDictionary(kv => kv.Key, kv => Ratio.Rate(kv.Value.Met, kv.Value.Decided), StringComparer.Ordinal);
    }

    /// <summary>The service-recovery rate: recovered complaints over decided ones (pending ones are left out).</summary>
    public static Ratio RecoveryRate(IEnumerable<Complaint> complaints)
    {
        Guard.Against.Null(complaints);
        long recovered = 0, decided = 0;
        foreach (var c in complaints)
        {
            if (Guard.Against.NullElement(c, nameof(complaints)).Outcome == ServiceRecoveryOutcome.Pending)
            {
                continue;
            }

            decided++;
            if (c.Outcome == ServiceRecoveryOutcome.Recovered)
            {
                recovered++;
            }
        }

        return Ratio.Rate(recovered, decided);
    }
}
