using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Metrics.Json;

namespace Crm.Domain.Metrics;

/// <summary>
/// The customer counts of one period (or of one segment in a period): S customers at the start, E at the end, N new
/// customers acquired during it. The customers kept from the start are E − N, which must lie in [0, S].
/// </summary>
/// <remarks>
/// Equality compares the three counts. <c>default</c> is 0, 0, 0 (a segment with no customers, whose rates are "no
/// data"). This type is an immutable value and is thread-safe.
/// </remarks>
[JsonConverter(typeof(RetentionPeriodCountsJsonConverter))]
public readonly record struct RetentionPeriodCounts
{
    private RetentionPeriodCounts(long start, long end, long acquired)
    {
        Start = start;
        End = end;
        Acquired = acquired;
    }

    /// <summary>S: customers at the start of the period.</summary>
    public long Start { get; }

    /// <summary>E: customers at the end of the period.</summary>
    public long End { get; }

    /// <summary>N: new customers acquired during the period.</summary>
    public long Acquired { get; }

    /// <summary>E − N: customers of the start still there at the end, in [0, S].</summary>
    public long Retained => End - Acquired;

    /// <summary>S − (E − N): customers of the start lost during the period, in [0, S].</summary>
    public long Lost => Start - Retained;

    /// <summary>Creates the counts of a period.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or E − N is outside [0, S] (more customers
    /// kept than there were, or more acquired than present at the end); the message names the values.</exception>
    public static RetentionPeriodCounts Of(long start, long end, long acquired)
    {
        Guard.Against.NegativeValue(start);
        Guard.Against.NegativeValue(end);
        Guard.Against.NegativeValue(acquired);
        var retained = end - acquired;
        if (retained < 0 || retained > start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, string.Create(CultureInfo.InvariantCulture,
                $"end − acquired (customers kept) must be in [0, start]; it was {end} − {acquired} = {retained} with start = {start}."));
        }

        return new RetentionPeriodCounts(start, end, acquired);
    }

    /// <summary>Sums the counts of two segments of the same period.</summary>
    internal static RetentionPeriodCounts Sum(RetentionPeriodCounts left, RetentionPeriodCounts right) =>
        new(CountGuards.TotalPlus(left.Start, right.Start, nameof(right)), CountGuards.TotalPlus(left.End, right.End, nameof(right)), CountGuards.TotalPlus(left.Acquired, right.Acquired, nameof(right)));

    /// <summary>Invariant text such as <c>S=200 E=190 N=30</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"S={Start} E={End} N={Acquired}");
}
