using Crm.Domain.Competencies;
using NodaTime;

namespace Crm.Domain.Tests.Competencies;

/// <summary>The usage snippet offered for the README, compiled and checked.</summary>
public class UsageSnippetTests
{
    [Fact]
    public void ReadmeSnippet_Works()
    {
        var day = new LocalDate(2026, 11, 20);
        Initiative[] initiatives = [new("loyalty", "Set a loyalty goal", RoadmapPhase.PurposeAndObjectives, ["vision.loyalty-goal"], 0.9, 1)];

        // --- snippet ---
        var gartner = CompetencyFrameworks.Gartner;
        var assessment = new Assessment(gartner, "Acme", day,
        [
            new CriterionRating("vision.loyalty-goal", MaturityLevel.Managed, "Dana", day, "Board minutes"),
            new CriterionRating("vision.loyalty-goal", MaturityLevel.Developing, "Lee", day),
        ]);
        var profile = assessment.Score();          // criteria, blocks, overall 0-100, disagreements, by CRM type
        var gaps = GapAnalysis.Of(profile, TargetProfile.Uniform(gartner, MaturityLevel.Managed));
        var roadmap = Roadmap.Plan(gaps, initiatives);   // ranked, phased (§8), dependency-ordered
        // --- end ---

        // Mean (4 + 2) / 2 = 3 -> 50 points; only the vision block is rated, so overall = 50.
        Assert.Equal(50d, profile.Overall);
        Assert.True(profile.Criterion("vision.loyalty-goal").Disagreement);
        Assert.Equal(1d, gaps.Criterion("vision.loyalty-goal").Gap);
        Assert.Equal("loyalty", roadmap.Items.Single().Initiative.Id);
    }
}
