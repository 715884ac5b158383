using System.Runtime.Intrinsics;

namespace Crm.Domain.CustomerValue.Models.Numerics;

/// <summary>
/// Feeds customers to an <see cref="ILaneScorer"/> four at a time. A single customer (and a batch's tail) is scored as
/// four copies of itself, so every path computes a customer's values with the same lane operations: batch equals
/// single bit for bit, wherever the customer sits.
/// </summary>
internal static class LaneBatch
{
    /// <summary>Scores one customer (lane 0 of four equal lanes).</summary>
    public static (double Alive, double Expected) Single<TScorer>(in TScorer scorer, int x, double tx, double age, double t, bool wantExpected)
        where TScorer : struct, ILaneScorer
    {
        var (alive, expected) = scorer.Lanes(Vector256.Create((double)x), Vector256.Create(tx), Vector256.Create(age), t, wantExpected);
        return (alive.ToScalar(), expected.ToScalar());
    }

    /// <summary>
    /// Scores a batch. Either destination may be empty (not wanted); a non-empty one has the length of
    /// <paramref name="customers"/>.
    /// </summary>
    public static void Run<TScorer>(in TScorer scorer, ReadOnlySpan<CustomerSummary> customers, double t, Span<double> alive, Span<double> expected)
        where TScorer : struct, ILaneScorer
    {
        bool wantAlive = !alive.IsEmpty, wantExpected = !expected.IsEmpty;
        int i = 0;
        for (; i + 4 <= customers.Length; i += 4)
        {
            ref readonly var c0 = ref customers[i];
            ref readonly var c1 = ref customers[i + 1];
            ref readonly var c2 = ref customers[i + 2];
            ref readonly var c3 = ref customers[i + 3];
            var (a, e) = scorer.Lanes(
                Vector256.Create(c0.Frequency, c1.Frequency, c2.Frequency, (double)c3.Frequency),
                Vector256.Create(c0.Recency, c1.Recency, c2.Recency, c3.Recency),
                Vector256.Create(c0.Age, c1.Age, c2.Age, c3.Age),
                t,
                wantExpected);
            if (wantAlive)
            {
                a.CopyTo(alive.Slice(i, 4));
            }

            if (wantExpected)
            {
                e.CopyTo(expected.Slice(i, 4));
            }
        }

        for (; i < customers.Length; i++)
        {
            ref readonly var c = ref customers[i];
            var (a, e) = Single(scorer, c.Frequency, c.Recency, c.Age, t, wantExpected);
            if (wantAlive)
            {
                alive[i] = a;
            }

            if (wantExpected)
            {
                expected[i] = e;
            }
        }
    }
}
