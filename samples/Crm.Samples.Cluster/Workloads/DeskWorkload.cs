using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Service;
using NodaTime;

namespace Crm.Samples.Cluster.Workloads;

/// <summary>
/// A deterministic service-desk workload (seeded): cases on three desks over a run of days, each answered one or
/// more times, resolved, sometimes reopened and resolved again, and closed. <see cref="Replay"/> runs the same
/// scripts through the library in one process: the reference the cluster's results are compared with.
/// </summary>
public static class DeskWorkload
{
    /// <summary>The desks (the cases' teams are these names followed by <c>@prefix</c>, so each run has its own
    /// desk-day KPI grains, and a re-run against the same database counts only its own cases).</summary>
    public static IReadOnlyList<string> Desks { get; } = ["billing", "technical", "returns"];

    /// <summary>The desks (teams) the scripts use, in order.</summary>
    public static string[] DesksOf(IEnumerable<CaseScript> scripts) => [.. scripts.Select(s => s.Desk).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>The first UTC day cases are opened.</summary>
    public static LocalDate FirstDay { get; } = new(2026, 3, 2);

    /// <summary>Generates <paramref name="cases"/> case scripts opened over <paramref name="days"/> days.</summary>
    /// <param name="prefix">Prefix of the case ids, so runs on one cluster do not collide.</param>
    /// <param name="cases">How many cases.</param>
    /// <param name="days">Over how many days they are opened (from <see cref="FirstDay"/>).</param>
    /// <param name="seed">The random seed: the same arguments give the same scripts.</param>
    public static IReadOnlyList<CaseScript> Generate(string prefix, int cases, int days, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cases);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var random = new Random(seed);
        var priorities = new[] { "Low", "Normal", "High", "Urgent" };
        var channels = new[] { "Email", "Phone", "Chat", "Web" };
        var scripts = new List<CaseScript>(cases);
        for (int i = 0; i < cases; i++)
        {
            var opened = FirstDay.PlusDays(random.Next(days)).AtMidnight().InUtc().ToInstant() + Duration.FromMinutes(random.Next(8 * 60, 18 * 60));
            var at = opened;
            Instant Later(int maxMinutes) => at += Duration.FromMinutes(1 + random.Next(maxMinutes));
            var steps = new List<CaseStep>();
            int responses = random.Next(3);
            for (int r = 0; r < responses; r++)
            {
                steps.Add(new("respond", Later(240)));
            }

            steps.Add(new("resolve", Later(random.Next(4) == 0 ? 3 * 24 * 60 : 600)));
            if (random.Next(8) == 0)
            {
                steps.Add(new("reopen", Later(600)));
                steps.Add(new("resolve", Later(600)));
            }

            steps.Add(new("close", Later(120)));
            scripts.Add(new($"{prefix}-{i:D6}", $"C-{random.Next(1, 1000):D4}", $"{Desks[random.Next(Desks.Count)]}@{prefix}", priorities[random.Next(priorities.Length)],
                channels[random.Next(channels.Length)], opened, steps));
        }

        return scripts;
    }

    /// <summary>The last UTC day a script resolves a case (the scorecard's range ends there).</summary>
    public static LocalDate LastDay(IEnumerable<CaseScript> scripts) =>
        scripts.SelectMany(s => s.Steps).Select(s => s.At.InUtc().Date).DefaultIfEmpty(FirstDay).Max();

    /// <summary>Runs a script through the library directly (no grains): the case it ends in.</summary>
    public static ServiceCase Replay(CaseScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var c = ServiceCase.Open(script.CaseId, CustomerId.Of(script.CustomerId), script.Desk, Enum.Parse<CasePriority>(script.Priority),
            Enum.Parse<Channel>(script.Channel), script.Opened);
        foreach (var step in script.Steps)
        {
            c = step.Command switch
            {
                "respond" => c.Respond(step.At),
                "resolve" => c.Resolve(step.At),
                "reopen" => c.Reopen(step.At),
                "close" => c.Close(step.At),
                _ => throw new ArgumentException($"unknown command '{step.Command}'", nameof(script)),
            };
        }

        return c;
    }
}
