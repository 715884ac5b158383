using System.Collections.Immutable;

namespace Crm.Domain.CustomerValue.Models.Clv;

/// <summary>
/// Customer lifetime values with their customer keys, in the row order of the summaries they were computed from:
/// <c>Values[i]</c> is the CLV of <c>Customers[i]</c>, in the currency units of the spend model.
/// </summary>
/// <typeparam name="TCustomer">The customer key.</typeparam>
/// <remarks>Immutable and thread-safe. Every value is finite and ≥ 0.</remarks>
public sealed class CustomerValues<TCustomer>
    where TCustomer : notnull, IEquatable<TCustomer>
{
    internal CustomerValues(ImmutableArray<TCustomer> customers, ImmutableArray<double> values)
    {
        Customers = customers;
        Values = values;
        double total = 0d;
        foreach (double v in values)
        {
            total += v;
        }

        Total = total;
    }

    /// <summary>The customer keys, parallel to <see cref="Values"/>.</summary>
    public ImmutableArray<TCustomer> Customers { get; }

    /// <summary>The CLV of each customer, parallel to <see cref="Customers"/>.</summary>
    public ImmutableArray<double> Values { get; }

    /// <summary>The number of customers.</summary>
    public int Count => Values.Length;

    /// <summary>The sum of the values: the base's total CLV.</summary>
    public double Total { get; }
}
