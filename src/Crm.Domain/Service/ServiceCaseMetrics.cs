using Ardalis.GuardClauses;
using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Service;

namespace Crm.Domain.Service;

/// <summary>
/// Feeds service cases into the foundation's KPI accumulators: same-day closure, time to resolution and
/// first-contact resolution. Only resolved cases are counted (an open case has no resolution yet).
/// </summary>
/// <remarks>Pure functions over immutable values; thread-safe.</remarks>
public static class ServiceCaseMetrics
{
    /// <summary>The opened/resolved pair of a resolved case; null while it is unresolved.</summary>
    public static ClosedCase? ToClosedCase(ServiceCase serviceCase)
    {
        Guard.Against.Null(serviceCase);
        return serviceCase.ResolvedAt is { } resolved ? ClosedCase.Of(serviceCase.OpenedAt, resolved) : null;
    }

    /// <summary>Adds the resolved cases of <paramref name="cases"/> to a same-day-closure accumulator.</summary>
    public static SameDayClosureAccumulator AddResolved(this SameDayClosureAccumulator accumulator, IEnumerable<ServiceCase> cases) =>
        accumulator.AddRange(Closed(cases));

    /// <summary>Adds the resolved cases of <paramref name="cases"/> to a time-to-resolution accumulator.</summary>
    public static TimeToResolutionAccumulator AddResolved(this TimeToResolutionAccumulator accumulator, IEnumerable<ServiceCase> cases) =>
        accumulator.AddRange(Closed(cases));

    /// <summary>Adds the resolved cases of <paramref name="cases"/> to a first-contact-resolution accumulator
    /// (see <see cref="ServiceCase.IsFirstContactResolution"/>).</summary>
    public static FirstContactResolutionAccumulator AddResolved(this FirstContactResolutionAccumulator accumulator, IEnumerable<ServiceCase> cases)
    {
        Guard.Against.Null(cases);
        return accumulator.AddRange(cases.Where(c => c is not null && c.IsResolved).Select(c => c.IsFirstContactResolution).ToArray().AsSpan());
    }

    private static ClosedCase[] Closed(IEnumerable<ServiceCase> cases)
    {
        Guard.Against.Null(cases);
        return [.. cases.Select(c => c is null ? null : ToClosedCase(c)).Where(c => c is not null).Select(c => c!.Value)];
    }
}
