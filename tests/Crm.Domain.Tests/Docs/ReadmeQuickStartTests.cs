using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Ratings;

namespace Crm.Domain.Tests.Docs;

/// <summary>The README's quick start, line for line, with its printed values asserted: the README cannot rot.</summary>
public class ReadmeQuickStartTests
{
    [Fact]
    public void QuickStart_PrintsWhatTheReadmeSays()
    {
        var london = NpsAccumulator.Empty.AddRange([NpsRating.Of(10), NpsRating.Of(9), NpsRating.Of(6)]);
        var tokyo = NpsAccumulator.Empty.Add(NpsRating.Of(8));
        var both = london + tokyo;

        var model = BgNbdModel.Create(r: 0.2425982, alpha: 4.4136842, a: 0.7929899, b: 2.4261667);
        var customer = CustomerSummary.Create(frequency: 26, recency: 30.85714, age: 31);

        // By hand: promoters 10 and 9, passive 8, detractor 6: 50 % - 25 % = 25.
        Assert.Equal("NPS 25 (2 promoters, 1 passive, 1 detractor of 4)", both.Result.ToString());
        // Published (cdnow README, BTYD walkthrough): customer 1516, P(alive) = 0.9688523, E[X(52) | history] = 25.75659.
        Assert.Equal(0.9688523, model.ProbabilityAlive(customer), 1e-4 * 0.9688523);
        Assert.Equal(25.75659, model.ExpectedTransactions(customer, t: 52), 1e-4 * 25.75659);
    }

    [Fact]
    public void PackageReadme_HasTheSameQuickStart_AndIsNotTheRepositoryReadme()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "README.md"));
        var package = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "PACKAGE.md"));

        Assert.Equal(CSharpBlock(readme), CSharpBlock(package));
        Assert.Contains("NPS 25 (2 promoters, 1 passive, 1 detractor of 4)", package, StringComparison.Ordinal);
        // Consumers get install and usage, not the clone's instructions.
        Assert.DoesNotContain("dotnet test", package, StringComparison.Ordinal);
        Assert.DoesNotContain(".ci/run", package, StringComparison.Ordinal);
        Assert.Contains("dotnet add package Crm.Domain", package, StringComparison.Ordinal);
    }

    private static string CSharpBlock(string markdown)
    {
        var start = markdown.IndexOf("```csharp\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "no C# block");
        var end = markdown.IndexOf("```", start + 10, StringComparison.Ordinal);
        return markdown[start..end];
    }
}
