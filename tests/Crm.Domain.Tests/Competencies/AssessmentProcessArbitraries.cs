using Crm.Domain.Competencies;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Crm.Domain.Tests.Competencies;

/// <summary>An assessment reached by a random valid command sequence, with the framework it was built against.</summary>
public sealed record AssessmentProcessCase(int Seed, CompetencyFramework Framework, Assessment Assessment)
{
    public override string ToString() => $"seed {Seed}: {Assessment.Version} events, {Assessment.Ratings.Length} ratings";
}

/// <summary>An assessment history reached by a random valid command sequence, with its framework.</summary>
public sealed record AssessmentHistoryProcessCase(int Seed, CompetencyFramework Framework, AssessmentHistory History)
{
    public override string ToString() => $"seed {Seed}: {History.Version} events, {History.Assessments.Length} assessments";
}

/// <summary>
/// Random valid command sequences over <see cref="Assessment"/> and <see cref="AssessmentHistory"/>, from a seed (a
/// failure reports a seed that reproduces it). They reach every command: start, rate, re-rate by the same assessor,
/// the at-less constructor, <c>WithRating</c>, <c>ByAssessor</c> and <c>Combine</c>; for histories, create, record,
/// add, the constructor, and assessments recorded out of date order. Instants move forward by 0–3 hours, so equal
/// instants happen.
/// </summary>
public static class AssessmentProcessArbitraries
{
    private static readonly string[] Assessors = ["alice", "bob", "carol"];
    private static readonly Instant T0 = Instant.FromUtc(2026, 1, 5, 9, 0);

    public static Arbitrary<AssessmentProcessCase> Assessments() =>
        Gen.Choose(0, int.MaxValue).Select(seed =>
        {
            var random = new Random(seed);
            var framework = CompetencyArbitraries.RandomFramework(random);
            var clock = T0;
            var assessment = RandomAssessment(random, framework, "Org", new LocalDate(2026, 1, 5), ref clock);
            return new AssessmentProcessCase(seed, framework, assessment);
        }).ToArbitrary();

    public static Arbitrary<AssessmentHistoryProcessCase> Histories() =>
        Gen.Choose(0, int.MaxValue).Select(seed =>
        {
            var random = new Random(seed);
            var framework = CompetencyArbitraries.RandomFramework(random);
            var clock = T0;
            var count = random.Next(1, 6);
            var dates = Enumerable.Range(0, 12).OrderBy(_ => random.Next()).Take(count).Select(m => new LocalDate(2020, 1, 1).PlusMonths(m)).ToList();
            AssessmentHistory history;
            var next = 0;
            if (random.Next(3) == 0)
            {
                var initial = random.Next(1, count + 1);
                var first = new List<Assessment>();
                for (; next < initial; next++)
                {
                    first.Add(RandomAssessment(random, framework, "Org", dates[next], ref clock));
                }

                history = new AssessmentHistory(first);
            }
            else
            {
                var first = RandomAssessment(random, framework, "Org", dates[next++], ref clock);
                history = AssessmentHistory.Create(first, Tick(random, ref clock));
            }

            for (; next < count; next++)
            {
                var assessment = RandomAssessment(random, framework, "Org", dates[next], ref clock);
                history = random.Next(2) == 0 ? history.Add(assessment) : history.Record(assessment, Tick(random, ref clock));
            }

            return new AssessmentHistoryProcessCase(seed, framework, history);
        }).ToArbitrary();

    /// <summary>An assessment built by a random sequence of commands; <paramref name="clock"/> ends at or after its
    /// last event.</summary>
    public static Assessment RandomAssessment(Random random, CompetencyFramework framework, string organisation, LocalDate day, ref Instant clock)
    {
        Assessment assessment;
        switch (random.Next(4))
        {
            case 0:
                // The at-less constructor stamps the start of the day: move the clock there if it is behind.
                assessment = new Assessment(framework, organisation, day, DistinctRatings(random, framework, day));
                break;
            case 1:
                var parts = Assessors.Take(random.Next(1, 4)).Select(a => new Assessment(framework, organisation, day.PlusDays(random.Next(0, 3)),
                    DistinctRatings(random, framework, day).Where(r => r.Assessor == a)));
                assessment = Assessment.Combine(parts);
                break;
            default:
                assessment = Assessment.Start(framework, organisation, day, Tick(random, ref clock));
                break;
        }

        var steps = random.Next(0, 25);
        for (var i = 0; i < steps; i++)
        {
            var rating = RandomRating(random, framework, day);
            if (random.Next(5) == 0 && assessment.Ratings.Length > 0)
            {
                // A re-rating by the same assessor of a criterion already rated.
                var old = assessment.Ratings[random.Next(assessment.Ratings.Length)];
                rating = new CriterionRating(old.CriterionId, MaturityLevel.Of(random.Next(1, 6)), old.Assessor, day, "re-rated");
            }

            assessment = random.Next(4) == 0
                ? assessment.WithRating(rating)
                : assessment.Rate(rating, Later(Tick(random, ref clock), assessment.History[^1].At));
        }

        if (random.Next(6) == 0)
        {
            assessment = assessment.ByAssessor(Assessors[random.Next(Assessors.Length)]);
        }

        clock = Later(clock, assessment.History[^1].At);
        return assessment;
    }

    private static IEnumerable<CriterionRating> DistinctRatings(Random random, CompetencyFramework framework, LocalDate day) =>
        framework.Criteria.Where(_ => random.Next(2) == 0)
            .SelectMany(c => Assessors.Where(_ => random.Next(2) == 0)
                .Select(a => new CriterionRating(c.Id, MaturityLevel.Of(random.Next(1, 6)), a, day, random.Next(3) == 0 ? "seen" : null)))
            .ToList();

    private static CriterionRating RandomRating(Random random, CompetencyFramework framework, LocalDate day) =>
        new(framework.Criteria[random.Next(framework.Criteria.Length)].Id, MaturityLevel.Of(random.Next(1, 6)),
            Assessors[random.Next(Assessors.Length)], day.PlusDays(random.Next(-2, 3)), random.Next(3) == 0 ? $"note {random.Next(100)}" : null);

    private static Instant Tick(Random random, ref Instant clock)
    {
        clock += Duration.FromMinutes(random.Next(0, 4) * 60);
        return clock;
    }

    private static Instant Later(Instant a, Instant b) => a > b ? a : b;
}
