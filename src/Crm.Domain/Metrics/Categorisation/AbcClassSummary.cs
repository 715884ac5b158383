using System.Globalization;

namespace Crm.Domain.Metrics.Categorisation;

/// <summary>One class of an ABC categorisation in aggregate: how many customers, how much value, and their shares.</summary>
/// <remarks>Derived by <see cref="AbcClassification"/>. Equality compares every member. Immutable and thread-safe.</remarks>
public readonly record struct AbcClassSummary
{
    internal AbcClassSummary(AbcClass @class, int customerCount, double value, double? valueShare, double? customerShare)
    {
        Class = @class;
        CustomerCount = customerCount;
        Value = value;
        ValueShare = valueShare;
        CustomerShare = customerShare;
    }

    /// <summary>The class.</summary>
    public AbcClass Class { get; }

    /// <summary>How many customers are in it.</summary>
    public int CustomerCount { get; }

    /// <summary>Their total value; saturates at <see cref="double.MaxValue"/> when the sum does not fit a double.</summary>
    public double Value { get; }

    /// <summary>Their share of all value, in [0, 1]; null when the total value is 0.</summary>
    public double? ValueShare { get; }

    /// <summary>Their share of all customers, in [0, 1]; null when there are no customers.</summary>
    public double? CustomerShare { get; }

    /// <summary>Invariant text such as <c>A: 12 customers (20 %), 80 % of value</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Class}: {CustomerCount} customers ({CustomerShare * 100:0.#} %), {ValueShare * 100:0.#} % of value");
}
