using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using MathNet.Numerics.Distributions;

namespace Crm.Domain.CustomerValue.Models;

/// <summary>
/// Draws customer summaries from the count models' generative stories (FHL 2005 §2, Schmittlein et al. 1987, Batislam
/// et al. 2007) in O(1) per customer: the purchases before drop-out are a Poisson process, so N(T) is a Poisson draw, the
/// purchase time of a K-th purchase among N in (0, T] is T times a Beta(K, N − K + 1) order statistic, and t_x of N
/// purchases is T times the largest of N uniforms.
/// </summary>
/// <remarks>Reproducible: a seed fixes every draw (one <see cref="Random"/> per call, no shared state).</remarks>
internal static class Simulation
{
    /// <summary>Checks every age before the first draw, then draws one customer per age with one seeded generator.</summary>
    public static void Run(ReadOnlySpan<double> ages, int seed, Span<CustomerSummary> destination, Func<Random, double, CustomerSummary> draw)
    {
        Guard.Against.LengthMismatch(destination.Length, ages.Length, "age");
        foreach (double age in ages)
        {
            Guard.Against.NegativeValue(age, nameof(ages));
        }

        var random = new Random(seed);
        for (int i = 0; i < ages.Length; i++)
        {
            destination[i] = draw(random, ages[i]);
        }
    }

    /// <summary>
    /// One customer who buys at rate λ and, after each purchase (and at time 0 when <paramref name="dropAtStart"/>), drops
    /// out with probability p: BG/NBD and MBG/NBD.
    /// </summary>
    public static CustomerSummary BetaGeometric(Random random, double lambda, double p, double age, bool dropAtStart)
    {
        if (age == 0d || (dropAtStart && random.NextDouble() < p))
        {
            return CustomerSummary.Create(0, 0d, age);
        }

        int n = Count(random, lambda * age);
        int k = p >= 1d ? 1 : Geometric.Sample(random, Math.Max(p, 1e-300)); // the purchase after which they drop out
        if (n <= k)
        {
            return Summary(random, n, age);
        }

        double tx = age * Beta.Sample(random, k, n - k + 1);
        return CustomerSummary.Create(k, Math.Min(tx, age), age);
    }

    /// <summary>One Pareto/NBD customer: rate λ until an exponential lifetime of rate μ.</summary>
    public static CustomerSummary Pareto(Random random, double lambda, double mu, double age)
    {
        double lifetime = Exponential.Sample(random, mu);
        double end = Math.Min(lifetime, age);
        var s = Summary(random, Count(random, lambda * end), end);
        return CustomerSummary.Create(s.Frequency, s.Recency, age);
    }

    /// <summary>λ ~ Gamma(shape, rate).</summary>
    public static double Rate(Random random, double shape, double rate) => Math.Max(Gamma.Sample(random, shape, rate), 1e-300);

    private static int Count(Random random, double mean) =>
        mean <= 0d ? 0 : (int)Math.Min(Poisson.Sample(random, Math.Min(mean, 1e9)), int.MaxValue);

    private static CustomerSummary Summary(Random random, int n, double end) =>
        n == 0 ? CustomerSummary.Create(0, 0d, end) : CustomerSummary.Create(n, end * Math.Pow(random.NextDouble(), 1d / n), end);
}
