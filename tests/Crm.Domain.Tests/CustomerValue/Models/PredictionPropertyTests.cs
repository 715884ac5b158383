using Crm.Domain.CustomerValue;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>The laws every prediction obeys, on generated models and customers (x up to 10,000, t_x = T, a + b &lt; 1).</summary>
public class PredictionPropertyTests
{
    private const double Slack = 1e-9;

    [Property(Arbitrary = [typeof(ModelArbitraries)], MaxTest = 300)]
    public bool Probability_alive_is_a_probability(ScoringCase c)
    {
        double bg = c.Bg.ProbabilityAlive(c.Customer), pn = c.Pn.ProbabilityAlive(c.Customer);
        return bg is >= 0d and <= 1d && pn is >= 0d and <= 1d;
    }

    // The BG/NBD shares the MBG/NBD's kernel: its window law holds to the expectation's accuracy (see
    // MbgNbdPropertyTests: ~1e-9 relative where z is near 1, windows 1e-6 apart).
    private const double WindowSlack = 1e-7;

    [Property(Arbitrary = [typeof(ModelArbitraries)], MaxTest = 300)]
    public bool Expected_transactions_are_finite_non_negative_and_non_decreasing_in_the_window(ScoringCase c)
    {
        double bg1 = c.Bg.ExpectedTransactions(c.Customer, c.ShortWindow), bg2 = c.Bg.ExpectedTransactions(c.Customer, c.LongWindow);
        double pn1 = c.Pn.ExpectedTransactions(c.Customer, c.ShortWindow), pn2 = c.Pn.ExpectedTransactions(c.Customer, c.LongWindow);
        double n1 = c.Bg.ExpectedTransactionsNewCustomer(c.ShortWindow), n2 = c.Bg.ExpectedTransactionsNewCustomer(c.LongWindow);
        double p1 = c.Pn.ExpectedTransactionsNewCustomer(c.ShortWindow), p2 = c.Pn.ExpectedTransactionsNewCustomer(c.LongWindow);
        return new[] { bg1, bg2, pn1, pn2, n1, n2, p1, p2 }.All(v => double.IsFinite(v) && v >= 0d)
            && bg2 >= bg1 * (1 - WindowSlack) && pn2 >= pn1 * (1 - Slack) && n2 >= n1 * (1 - WindowSlack) && p2 >= p1 * (1 - Slack);
    }

    [Property(Arbitrary = [typeof(ModelArbitraries)], MaxTest = 300)]
    public bool Probability_alive_does_not_rise_as_T_grows(ScoringCase c)
    {
        var later = CustomerSummary.Create(c.Customer.Frequency, c.Customer.Recency, c.LaterAge);
        return c.Bg.ProbabilityAlive(later) <= c.Bg.ProbabilityAlive(c.Customer) + Slack
            && c.Pn.ProbabilityAlive(later) <= c.Pn.ProbabilityAlive(c.Customer) + Slack;
    }

    [Property(Arbitrary = [typeof(ModelArbitraries)], MaxTest = 100)]
    public bool Batch_equals_single(ScoringCase c)
    {
        var customers = new[] { c.Customer, CustomerSummary.Create(0, 0, c.Customer.Age), c.Customer };
        var alive = new double[3];
        var expected = new double[3];
        c.Bg.ProbabilityAlive(customers, alive);
        c.Bg.ExpectedTransactions(customers, c.LongWindow, expected);
        bool bg = Enumerable.Range(0, 3).All(i => alive[i] == c.Bg.ProbabilityAlive(customers[i]) && expected[i] == c.Bg.ExpectedTransactions(customers[i], c.LongWindow));
        c.Pn.ProbabilityAlive(customers, alive);
        c.Pn.ExpectedTransactions(customers, c.LongWindow, expected);
        bool pn = Enumerable.Range(0, 3).All(i => alive[i] == c.Pn.ProbabilityAlive(customers[i]) && expected[i] == c.Pn.ExpectedTransactions(customers[i], c.LongWindow));
        return bg && pn;
    }

    [Property(Arbitrary = [typeof(ModelArbitraries)], MaxTest = 200)]
    public bool Log_likelihoods_are_finite(ScoringCase c) =>
        double.IsFinite(c.Bg.LogLikelihood(c.Customer)) && double.IsFinite(c.Pn.LogLikelihood(c.Customer));

    [Property(Arbitrary = [typeof(ModelArbitraries)], MaxTest = 100)]
    public bool Probabilities_of_n_transactions_are_probabilities(ScoringCase c)
    {
        int n = c.Customer.Frequency % 60;
        double p = c.Bg.ProbabilityOfTransactions(n, c.ShortWindow);
        return p is >= 0d and <= 1d;
    }
}
