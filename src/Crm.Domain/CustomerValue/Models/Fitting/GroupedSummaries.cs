using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.CustomerValue.Models.Fitting;

/// <summary>
/// Customer summaries grouped by x (ascending) in column arrays, cut into fixed blocks of at most
/// <see cref="BlockSize"/> rows that never cross a group: the input of the vectorised likelihoods. Identical rows are
/// merged (weights summed) only when a cheap estimate says that pays; otherwise every customer with a positive weight
/// is a row and the grouping is a counting sort (linear, no hashing of a million rows).
/// </summary>
/// <remarks>
/// The block boundaries depend on the data only, never on the number of threads, so a likelihood that sums each block
/// separately and then the blocks in order gives the same bits single-threaded and in parallel.
/// </remarks>
internal sealed class GroupedSummaries
{
    /// <summary>The largest number of rows in one block.</summary>
    public const int BlockSize = 8192;

    /// <summary>Below this many customers the rows are always merged (the merge costs little and may pay).</summary>
    internal const int AlwaysMergeBelow = 16_384;

    private const int SampleSize = 8192;

    private GroupedSummaries(double[] recency, double[] age, double[] weight, double totalWeight, bool merged, int[] groupX, int[] groupEnd)
    {
        Recency = recency;
        Age = age;
        Weight = weight;
        Rows = recency.Length;
        TotalWeight = totalWeight;
        Merged = merged;
        GroupX = groupX;
        GroupStart = new int[groupX.Length + 1];
        var blockStart = new List<int>();
        var blockGroup = new List<int>();
        for (int g = 0; g < groupX.Length; g++)
        {
            for (int b = GroupStart[g]; b < groupEnd[g]; b += BlockSize)
            {
                blockStart.Add(b);
                blockGroup.Add(g);
            }

            GroupStart[g + 1] = groupEnd[g];
        }

        blockStart.Add(Rows);
        BlockStart = [.. blockStart];
        BlockGroup = [.. blockGroup];
    }

    /// <summary>t_x per row, grouped by x.</summary>
    public double[] Recency { get; }

    /// <summary>T per row, grouped by x.</summary>
    public double[] Age { get; }

    /// <summary>The weight (customers) of each row (&gt; 0).</summary>
    public double[] Weight { get; }

    /// <summary>x of each group, ascending and distinct.</summary>
    public int[] GroupX { get; }

    /// <summary>The first row of each group, and the row count as the last entry (length groups + 1).</summary>
    public int[] GroupStart { get; }

    /// <summary>The first row of each block, and the row count as the last entry (length blocks + 1).</summary>
    public int[] BlockStart { get; }

    /// <summary>The group each block belongs to.</summary>
    public int[] BlockGroup { get; }

    /// <summary>The number of rows.</summary>
    public int Rows { get; }

    /// <summary>The sum of the weights (customers).</summary>
    public double TotalWeight { get; }

    /// <summary>Whether identical summaries were merged into one row.</summary>
    public bool Merged { get; }

    /// <summary>The number of blocks.</summary>
    public int Blocks => BlockGroup.Length;

    /// <summary>Validates and groups, merging identical rows when <see cref="WorthMerging"/> says so.</summary>
    public static GroupedSummaries Create(ReadOnlySpan<CustomerSummary> customers, ReadOnlySpan<double> weights)
    {
        if (customers.Length < AlwaysMergeBelow || WorthMerging(customers))
        {
            return FromTable(SummaryTable.Create(customers, weights));
        }

        SummaryTable.CheckShape(customers, weights);
        int maxX = 0;
        foreach (ref readonly var c in customers)
        {
            maxX = Math.Max(maxX, c.Frequency);
        }

        if (maxX > 4 * customers.Length)
        {
            // Frequencies too sparse for a counting sort: the general path handles them.
            return FromTable(SummaryTable.Create(customers, weights));
        }

        var counts = new int[maxX + 2];
        double total = 0d;
        for (int i = 0; i < customers.Length; i++)
        {
            double w = weights.IsEmpty ? 1d : weights[i];
            if (!double.IsFinite(w) || double.IsNegative(w))
            {
                // The parameter name is built only on failure: a million names would cost more than the fit's table.
                Guard.Against.NegativeValue(w, string.Create(CultureInfo.InvariantCulture, $"weights[{i}]"));
            }
            if (w > 0d)
            {
                counts[customers[i].Frequency + 1]++;
                total += w;
            }
        }

        if (total <= 0d)
        {
            throw new ArgumentException("weights must not all be zero.", nameof(weights));
        }

        for (int x = 1; x < counts.Length; x++)
        {
            counts[x] += counts[x - 1];
        }

        int rows = counts[^1];
        var recency = new double[rows];
        var age = new double[rows];
        var weight = new double[rows];
        for (int i = 0; i < customers.Length; i++)
        {
            double w = weights.IsEmpty ? 1d : weights[i];
            if (w > 0d)
            {
                ref readonly var c = ref customers[i];
                int at = counts[c.Frequency]++;
                recency[at] = c.Recency;
                age[at] = c.Age;
                weight[at] = w;
            }
        }

        // counts[x] now ends group x; the empty groups are left out.
        var xs = new List<int>();
        var ends = new List<int>();
        for (int x = 0, previous = 0; x <= maxX; x++)
        {
            if (counts[x] > previous)
            {
                xs.Add(x);
                ends.Add(counts[x]);
                previous = counts[x];
            }
        }

        return new GroupedSummaries(recency, age, weight, total, merged: false, [.. xs], [.. ends]);
    }

    /// <summary>
    /// Whether merging identical rows is estimated to at least halve them: the distinct rows d of an evenly strided
    /// sample of s rows give the number of distinct rows D of the whole by d = D (1 − e^(−s/D)) (equally frequent
    /// rows); merging pays when D ≤ n / 2. An all-distinct sample (continuous recency and age) says no at once.
    /// </summary>
    internal static bool WorthMerging(ReadOnlySpan<CustomerSummary> customers)
    {
        int n = customers.Length;
        int s = Math.Min(n, SampleSize);
        int step = n / s;
        var seen = new HashSet<(int, double, double)>(s);
        for (int i = 0; i < s; i++)
        {
            ref readonly var c = ref customers[i * step];
            seen.Add((c.Frequency, c.Recency, c.Age));
        }

        int d = seen.Count;
        if (d >= s)
        {
            return false;
        }

        // d/D = 1 − e^(−s/D) falls as D grows; bisect D in [d, s²] (d < s, so the root is finite).
        double low = d, high = (double)s * s;
        for (int k = 0; k < 60 && high - low > 1d; k++)
        {
            double mid = 0.5 * (low + high);
            if (mid * (1d - Math.Exp(-s / mid)) < d)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return high <= n / 2d;
    }

    private static GroupedSummaries FromTable(SummaryTable table)
    {
        var x = table.X;
        var ends = new List<int>();
        var xs = new List<int>();
        for (int i = 0; i < x.Length; i++)
        {
            if (i + 1 == x.Length || x[i + 1] != x[i])
            {
                xs.Add(x[i]);
                ends.Add(i + 1);
            }
        }

        return new GroupedSummaries(table.Recency, table.Age, table.Weight, table.TotalWeight, merged: true, [.. xs], [.. ends]);
    }

    /// <summary>The weighted mean age T (at least 1e-3): a starting value for the models' time scales.</summary>
    public double MeanAge()
    {
        double sum = 0d;
        for (int i = 0; i < Rows; i++)
        {
            sum += Weight[i] * Age[i];
        }

        return Math.Max(sum / TotalWeight, 1e-3);
    }

    /// <summary>Why a count model cannot be identified from these rows, or <c>null</c>; see <see cref="TransactionModelFitting.Degeneracy"/>.</summary>
    public string? Degeneracy()
    {
        if (GroupX.Length == 1 && GroupX[0] == 0)
        {
            return "no customer has a repeat transaction (every x = 0), so the purchase and drop-out processes are not identified";
        }

        if (Array.TrueForAll(Age, t => t == 0d))
        {
            return "every customer's age T is 0 (all first seen at the end of observation), so the data hold no time to fit rates on";
        }

        // Unmerged rows come from an all-distinct sample, so only merged rows can all be one summary.
        return TransactionModelFitting.SameSummary(Rows, TotalWeight);
    }
}
