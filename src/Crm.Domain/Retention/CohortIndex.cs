using System.Runtime.InteropServices;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Retention;

/// <summary>Interns customers and months of activity rows into dense indices (shared by the cohort computations).</summary>
internal sealed class CohortIndex
{
    /// <summary>The most months from the first active month to the last (or <c>through</c>) a cohort computation takes: a century.</summary>
    public const int MaxMonths = 1200;

    private CohortIndex(int customers, int[] customerOf, int[] monthOf, int minMonth, int months)
    {
        Customers = customers;
        CustomerOf = customerOf;
        MonthOf = monthOf;
        MinMonth = minMonth;
        Months = months;
    }

    public int Customers { get; }

    public int[] CustomerOf { get; }

    public int[] MonthOf { get; }

    public int MinMonth { get; }

    public int Months { get; }

    public static CohortIndex Build(ReadOnlySpan<CohortActivity> activity, YearMonth? through)
    {
        var ids = new Dictionary<CustomerId, int>();
        var customerOf = new int[activity.Length];
        var monthOf = new int[activity.Length];
        int min = int.MaxValue, max = int.MinValue;
        for (var i = 0; i < activity.Length; i++)
        {
            var a = activity[i];
            if (a.Customer.IsDefault)
            {
                throw new ArgumentException($"activity[{i}] has an uninitialised default(CustomerId).", nameof(activity));
            }

            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, a.Customer, out var exists);
            if (!exists)
            {
                slot = ids.Count - 1;
            }

            customerOf[i] = slot;
            var m = Ordinal(a.Month, nameof(activity));
            monthOf[i] = m;
            min = Math.Min(min, m);
            max = Math.Max(max, m);
        }

        if (through is { } t)
        {
            max = Ordinal(t, nameof(through));
            if (activity.Length > 0 && max < min)
            {
                throw new ArgumentOutOfRangeException(nameof(through), t, $"through must not be before the first active month; it was {t}.");
            }
        }

        if (activity.Length > 0 && (long)max - min + 1 > MaxMonths)
        {
            // A matrix of m months has m(m+1)/2 cells: 1,200 months (a century) is 720,600; Instant-wide spans are billions.
            var name = through is null ? "activity" : "through";
            throw new ArgumentOutOfRangeException(name, (long)max - min + 1,
                $"{name} must keep the months from the first active month ({FromOrdinal(min)}) to the last ({FromOrdinal(max)}) within {MaxMonths}; they span {(long)max - min + 1}.");
        }

        for (var i = 0; i < monthOf.Length; i++)
        {
            monthOf[i] -= min;
        }

        return activity.Length == 0
            ? new CohortIndex(0, customerOf, monthOf, 0, 0)
            : new CohortIndex(ids.Count, customerOf, monthOf, min, max - min + 1);
    }

    public static int Ordinal(YearMonth month, string parameterName)
    {
        if (month.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"{parameterName} must use the ISO calendar; it held {month} in {month.Calendar.Id}.", parameterName);
        }

        return (month.Year * 12) + month.Month - 1;
    }

    public static YearMonth FromOrdinal(int ordinal) => new(Math.DivRem(ordinal, 12, out var r), r + 1);
}
