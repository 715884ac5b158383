using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Fitting;
using Crm.Domain.CustomerValue.Models.MbgNbd;
using Crm.Domain.CustomerValue.Models.ParetoNbd;
using FsCheck.Xunit;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// Issue 14, items 4 and 6: seeded, reproducible simulation from a fitted model through <see cref="ITransactionModel"/>,
/// and parameter recovery: fitting simulated data gives back the parameters within their standard errors.
/// </summary>
public class SimulationTests
{
    // The BTYD walkthrough's CDNOW parameters (full precision) as the truth.
    private static readonly BgNbdModel Bg = BgNbdModel.Create(0.2425982, 4.4136842, 0.7929899, 2.4261667);
    private static readonly ParetoNbdModel Pn = ParetoNbdModel.Create(0.5533971, 10.5801985, 0.6060625, 11.6562237);

    /// <summary>CDNOW-like ages: first purchases spread over 12 weeks before a 39-week calibration end.</summary>
    private static double[] Ages(int n) => [.. Enumerable.Range(0, n).Select(i => 27d + (12d * i / n))];

    private static CustomerSummary[] Draw<TModel>(TModel model, int n, int seed)
        where TModel : struct, ITransactionModel
    {
        var result = new CustomerSummary[n];
        model.Simulate(Ages(n), seed, result);
        return result;
    }

    [Fact]
    public void The_same_seed_gives_the_same_customers_and_another_seed_does_not()
    {
        Assert.Equal(Draw(Bg, 500, 7), Draw(Bg, 500, 7));
        Assert.NotEqual(Draw(Bg, 500, 7), Draw(Bg, 500, 8));
        Assert.Equal(Draw(Pn, 500, 7), Draw(Pn, 500, 7));
    }

    [Fact]
    public void Simulated_repeat_transactions_match_the_expectation_of_the_model()
    {
        // E[X(T)] summed over 20,000 customers, against the simulated total: within 4 standard errors of the total.
        const int N = 20_000;
        var ages = Ages(N);
        foreach (var (name, data, expected) in new[]
        {
            ("BG/NBD", Draw(Bg, N, 11), ages.Sum(Bg.ExpectedTransactionsNewCustomer)),
            ("Pareto/NBD", Draw(Pn, N, 11), ages.Sum(Pn.ExpectedTransactionsNewCustomer)),
        })
        {
            double total = data.Sum(c => c.Frequency);
            double mean = total / N;
            double sd = Math.Sqrt(data.Sum(c => (c.Frequency - mean) * (c.Frequency - mean)) / (N - 1));
            Assert.True(Math.Abs(total - expected) <= 4d * sd * Math.Sqrt(N), $"{name}: simulated {total}, expected {expected:F1}");
            Assert.All(data, c => Assert.True(c.Recency <= c.Age && (c.Frequency > 0 || c.Recency == 0d)));
        }
    }

    [Property(MaxTest = 4)]
    public bool Fitting_simulated_data_recovers_the_bg_nbd_parameters_within_their_standard_errors(int seed)
    {
        // Any seed: 5,000 simulated customers give every estimate within 4 standard errors of the truth.
        var fit = BgNbdModel.Fit(Draw(Bg, 5_000, seed));
        var truth = new[] { Bg.R, Bg.Alpha, Bg.A, Bg.B };
        return fit.Converged && fit.Parameters.Select((p, i) => Math.Abs(p.Value - truth[i]) <= 4d * p.StandardError!.Value).All(ok => ok);
    }

    [Fact]
    public void The_95_percent_intervals_cover_the_truth_about_95_percent_of_the_time()
    {
        // A small recovery study: 12 seeds x 2,000 customers x 4 parameters = 48 intervals; at 95 % coverage fewer than
        // 40 covered has probability below 0.3 %.
        int covered = 0, total = 0;
        var truth = new[] { Bg.R, Bg.Alpha, Bg.A, Bg.B };
        for (int seed = 1; seed <= 12; seed++)
        {
            var fit = BgNbdModel.Fit(Draw(Bg, 2_000, seed));
            for (int i = 0; i < 4; i++)
            {
                var e = fit.Parameters[i];
                total++;
                if (e.Lower95 is { } lo && e.Upper95 is { } hi && lo <= truth[i] && truth[i] <= hi)
                {
                    covered++;
                }
            }
        }

        Assert.InRange(covered, 40, total);
    }

    [Fact]
    public void Mbg_nbd_simulation_drops_some_customers_at_the_start()
    {
        var m = MbgNbdModel.Create(0.525, 6.183, 0.891, 1.614);
        var data = Draw(m, 20_000, 3);
        double zeros = data.Count(c => c.Frequency == 0) / 20_000d;
        double expectedZeros = Ages(20_000).Average(t => m.ProbabilityOfTransactions(0, t));
        Assert.True(Math.Abs(expectedZeros - zeros) <= 0.015, $"simulated {zeros}, expected {expectedZeros}"); // 4 standard errors
        var fit = MbgNbdModel.Fit(data);
        Assert.NotEqual(FitStopReason.Unknown, fit.StopReason);
    }

    [Fact]
    public void Simulation_checks_its_arguments_before_drawing()
    {
        var destination = new CustomerSummary[2];
        Assert.Throws<ArgumentOutOfRangeException>(() => Bg.Simulate([1, double.NaN], 1, destination));
        Assert.Throws<ArgumentException>(() => Bg.Simulate([1], 1, destination));
        Assert.Equal(default, destination[0]);
    }
}
