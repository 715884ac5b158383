using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Retention;

/// <summary>
/// A cohort retention matrix: customers grouped by the month of their first purchase (<see cref="Cohorts"/>), and
/// for each cohort the number still active (buying) 0, 1, 2, ... months later.
/// </summary>
/// <remarks>
/// <para>Month 0 is the cohort's own month, so its retention is 100 %. A cohort's row runs up to the last month
/// observed. Retention(c, k) = active / size and churn(c, k) = (size − active) / size: for a closed cohort they add
/// up to one. Built in two linear passes with a bitmap of customer × month, so 10 million orders take a fraction of
/// a second.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class CohortRetentionMatrix
{
    private CohortRetentionMatrix(ImmutableArray<YearMonth> cohorts, ImmutableArray<long> sizes, ImmutableArray<ImmutableArray<long>> active)
    {
        Cohorts = cohorts;
        Sizes = sizes;
        Active = active;
    }

    /// <summary>The cohorts (first-purchase months) that have customers, oldest first.</summary>
    public ImmutableArray<YearMonth> Cohorts { get; }

    /// <summary>Each cohort's size, parallel to <see cref="Cohorts"/>.</summary>
    public ImmutableArray<long> Sizes { get; }

    /// <summary>For each cohort, the customers active k months after the cohort month (index k), up to the last month observed.</summary>
    public ImmutableArray<ImmutableArray<long>> Active { get; }

    /// <summary>Builds the matrix from activity rows (one per order or per customer-month; duplicates are fine).</summary>
    /// <param name="activity">The activity.</param>
    /// <param name="through">The last month of the matrix; null for the last month in the data.</param>
    /// <exception cref="ArgumentException">A default customer or a non-ISO month.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="through"/> is before the first active month, or the
    /// months from the first active month to the last (or <paramref name="through"/>) span more than 1,200 (a century:
    /// the matrix has m(m+1)/2 cells).</exception>
    public static CohortRetentionMatrix Build(ReadOnlySpan<CohortActivity> activity, YearMonth? through = null)
    {
        var index = CohortIndex.Build(activity, through);
        var m = index.Months;
        var first = new int[index.Customers];
        Array.Fill(first, int.MaxValue);
        var customerOf = index.CustomerOf;
        var monthOf = index.MonthOf;
        for (var i = 0; i < customerOf.Length; i++)
        {
            if (monthOf[i] < m)
            {
                ref var f = ref first[customerOf[i]];
                f = Math.Min(f, monthOf[i]);
            }
        }

        var sizes = new long[m];
        foreach (var f in first)
        {
            if (f < m)
            {
                sizes[f]++;
            }
        }

        var active = new long[m][];
        for (var c = 0; c < m; c++)
        {
            active[c] = new long[m - c];
        }

        var seen = new ulong[(((long)index.Customers * Math.Max(m, 1)) + 63) / 64];
        for (var i = 0; i < customerOf.Length; i++)
        {
            var month = monthOf[i];
            if (month >= m)
            {
                continue; // after 'through'
            }

            var cust = customerOf[i];
            var bit = ((long)cust * m) + month;
            ref var word = ref seen[bit >> 6];
            var mask = 1UL << (int)(bit & 63);
            if ((word & mask) == 0)
            {
                word |= mask;
                var c = first[cust];
                active[c][month - c]++;
            }
        }

        var cohorts = ImmutableArray.CreateBuilder<YearMonth>();
        var sizeList = ImmutableArray.CreateBuilder<long>();
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<long>>();
        for (var c = 0; c < m; c++)
        {
            if (sizes[c] == 0)
            {
                continue;
            }

            cohorts.Add(CohortIndex.FromOrdinal(index.MinMonth + c));
            sizeList.Add(sizes[c]);
            rows.Add([.. active[c]]);
        }

        return new CohortRetentionMatrix(cohorts.ToImmutable(), sizeList.ToImmutable(), rows.ToImmutable());
    }

    /// <summary>Builds the matrix from any sequence of activity (the rules and exceptions of <see cref="Build"/>).</summary>
    public static CohortRetentionMatrix BuildFrom(IEnumerable<CohortActivity> activity, YearMonth? through = null)
    {
        Guard.Against.Null(activity);
        return Build(activity.ToArray().AsSpan(), through);
    }

    /// <summary>The share of cohort <paramref name="cohort"/> (an index into <see cref="Cohorts"/>) active <paramref name="monthsAfter"/> months later.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An index outside the matrix.</exception>
    public Ratio Retention(int cohort, int monthsAfter) => Ratio.Rate(Cell(cohort, monthsAfter), Sizes[cohort]);

    /// <summary>The share of cohort <paramref name="cohort"/> not active <paramref name="monthsAfter"/> months later.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An index outside the matrix.</exception>
    public Ratio Churn(int cohort, int monthsAfter) => Ratio.Rate(Sizes[cohort] - Cell(cohort, monthsAfter), Sizes[cohort]);

    private long Cell(int cohort, int monthsAfter)
    {
        Guard.Against.OutsideRange(cohort, 0, Cohorts.Length - 1);
        Guard.Against.OutsideRange(monthsAfter, 0, Active[cohort].Length - 1);
        return Active[cohort][monthsAfter];
    }
}
