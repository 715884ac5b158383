using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Metrics.Categorisation;

/// <summary>
/// The result of <see cref="AbcClassifier.Classify(ReadOnlySpan{ValuedCustomer})"/>: every customer with its rank,
/// cumulative value share and class, plus a summary per class (count and value share).
/// </summary>
/// <remarks>
/// <para><see cref="Assignments"/> are in rank order (value descending, then customer id ordinal). <see cref="Summary"/>
/// always has three entries, A, B and C. With no customers both lists of assignments are empty and shares are null;
/// with a total value of 0 every customer is C and value shares are null.</para>
/// <para>Equality compares thresholds and assignments. Immutable and thread-safe.</para>
/// </remarks>
public sealed class AbcClassification : IEquatable<AbcClassification>
{
    private readonly Dictionary<CustomerId, int> _index; // built once, never mutated: a read-only lookup

    /// <summary>Creates a classification (the JSON constructor): the assignments must be exactly what
    /// <see cref="AbcClassifier"/> gives for their customers and values under <paramref name="thresholds"/>.</summary>
    /// <exception cref="ArgumentException">The thresholds are default, or the assignments are not that classification.</exception>
    [JsonConstructor]
    public AbcClassification(AbcThresholds thresholds, ImmutableArray<AbcAssignment> assignments)
    {
        if (assignments.IsDefault)
        {
            throw new ArgumentException("assignments must not be a default ImmutableArray.", nameof(assignments));
        }

        var expected = AbcClassifier.Create(thresholds).Assign([.. assignments.Select(a => ValuedCustomer.Of(a.Customer, a.Value))]);
        if (!expected.AsSpan().SequenceEqual(assignments.AsSpan()))
        {
            throw new ArgumentException("assignments are not the ABC classification of their customers and values under these thresholds (rank, share or class differ).", nameof(assignments));
        }

        Thresholds = thresholds;
        Assignments = assignments;
        (Summary, TotalValue) = Summarise(assignments);
        _index = IndexOf(assignments);
    }

    internal AbcClassification(AbcThresholds thresholds, ImmutableArray<AbcAssignment> assignments, bool trusted)
    {
        _ = trusted;
        Thresholds = thresholds;
        Assignments = assignments;
        (Summary, TotalValue) = Summarise(assignments);
        _index = IndexOf(assignments);
    }

    /// <summary>The thresholds used.</summary>
    public AbcThresholds Thresholds { get; }

    /// <summary>Every customer, in rank order.</summary>
    public ImmutableArray<AbcAssignment> Assignments { get; }

    /// <summary>Classes A, B and C in aggregate.</summary>
    [JsonIgnore]
    public ImmutableArray<AbcClassSummary> Summary { get; }

    /// <summary>The sum of all customers' values; saturates at <see cref="double.MaxValue"/> when the sum does not
    /// fit a double (the shares stay exact: they are counted in units of the largest value then).</summary>
    [JsonIgnore]
    public double TotalValue { get; }

    /// <summary>The class of <paramref name="customer"/>, or null if it was not classified.</summary>
    public AbcClass? ClassOf(CustomerId customer) =>
        _index.TryGetValue(customer, out var i) ? Assignments[i].Class : null;

    /// <summary>The summary of one class.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="abcClass"/> is not A, B or C (e.g. <c>default</c>).</exception>
    public AbcClassSummary SummaryOf(AbcClass abcClass) => Summary[(int)Guard.Against.UndefinedEnum(abcClass) - 1];

    /// <inheritdoc />
    public bool Equals(AbcClassification? other) =>
        other is not null && Thresholds == other.Thresholds && Assignments.AsSpan().SequenceEqual(other.Assignments.AsSpan());

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AbcClassification);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Thresholds, Assignments.Length, TotalValue);

    /// <summary>Text such as <c>A: 3 customers (50 %), 80 % of value; B: ...</c>.</summary>
    public override string ToString() => string.Join("; ", Summary);

    private static Dictionary<CustomerId, int> IndexOf(ImmutableArray<AbcAssignment> assignments)
    {
        var index = new Dictionary<CustomerId, int>(assignments.Length);
        for (var i = 0; i < assignments.Length; i++)
        {
            index[assignments[i].Customer] = i;
        }

        return index;
    }

    private static (ImmutableArray<AbcClassSummary>, double) Summarise(ImmutableArray<AbcAssignment> assignments)
    {
        var total = 0d;
        var largest = 0d;
        foreach (var a in assignments)
        {
            total += a.Value;
            largest = Math.Max(largest, a.Value);
        }

        // Values near double.MaxValue add up to +∞ (and every share to ∞/∞ = NaN): the shares are then counted in units
        // of the largest value, as the classifier counts them, and the sums themselves saturate at double.MaxValue, as
        // documented on TotalValue and AbcClassSummary.Value.
        var (unit, totalInUnits) = ShareUnits.Of(assignments.AsSpan(), total, largest, static a => a.Value);

        var summary = ImmutableArray.CreateBuilder<AbcClassSummary>(3);
        foreach (var c in new[] { AbcClass.A, AbcClass.B, AbcClass.C })
        {
            int count = 0;
            var value = 0d;
            var valueInUnits = 0d;
            foreach (var a in assignments)
            {
                if (a.Class == c)
                {
                    count++;
                    value += a.Value;
                    valueInUnits += a.Value / unit;
                }
            }

            summary.Add(new AbcClassSummary(
                c,
                count,
                Math.Min(value, double.MaxValue),
                totalInUnits > 0 ? Math.Min(1d, valueInUnits / totalInUnits) : null,
                assignments.IsEmpty ? null : (double)count / assignments.Length));
        }

        total = Math.Min(total, double.MaxValue);
        return (summary.MoveToImmutable(), total);
    }

    /// <summary>Equality (see <see cref="Equals(AbcClassification)"/>); two nulls are equal.</summary>
    public static bool operator ==(AbcClassification? left, AbcClassification? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(AbcClassification? left, AbcClassification? right) => !(left == right);
}
