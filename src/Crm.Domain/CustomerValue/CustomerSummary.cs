using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.CustomerValue;

/// <summary>
/// The sufficient statistics of one customer's purchase history that the buy-till-you-die models use, in the
/// conventions of Fader, Hardie &amp; Lee (2005) and of R's BTYD (<c>x</c>, <c>t.x</c>, <c>T.cal</c>, <c>m.x</c>).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="Frequency"/> (x): the number of <em>repeat</em> transactions (the first purchase is not counted).</item>
/// <item><see cref="Recency"/> (t_x): time from the first purchase to the last repeat purchase, in periods; 0 when x = 0.</item>
/// <item><see cref="Age"/> (T): time from the first purchase to the end of observation, in periods; T ≥ t_x.</item>
/// <item><see cref="MonetaryValue"/> (m_x): mean value of the repeat transactions; 0 when x = 0.</item>
/// </list>
/// The period (day, week, …) is the caller's choice and must be the same for every customer of a fit. Equality is
/// field by field. <c>default</c> is a customer seen once at the very end of observation (x = 0, t_x = 0, T = 0).
/// This type is an immutable value and is thread-safe.
/// </remarks>
[JsonConverter(typeof(CustomerSummaryJsonConverter))]
public readonly record struct CustomerSummary
{
    private CustomerSummary(int frequency, double recency, double age, double monetaryValue)
    {
        Frequency = frequency;
        Recency = recency;
        Age = age;
        MonetaryValue = monetaryValue;
    }

    /// <summary>x: the number of repeat transactions (&gt;= 0).</summary>
    public int Frequency { get; }

    /// <summary>t_x: periods from the first to the last repeat transaction (0 when x = 0).</summary>
    public double Recency { get; }

    /// <summary>T: periods from the first transaction to the end of observation (&gt;= t_x).</summary>
    public double Age { get; }

    /// <summary>m_x: mean value of the repeat transactions (0 when x = 0), in the caller's currency units.</summary>
    public double MonetaryValue { get; }

    /// <summary>Creates a summary, checking the invariants every model relies on.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or not finite, t_x &gt; T, or x = 0 with t_x &gt; 0 or m_x &gt; 0.</exception>
    public static CustomerSummary Create(int frequency, double recency, double age, double monetaryValue = 0d)
    {
        Guard.Against.NegativeValue(frequency);
        Guard.Against.NegativeValue(recency);
        Guard.Against.NegativeValue(age);
        Guard.Against.NegativeValue(monetaryValue);
        if (recency > age)
        {
            throw new ArgumentOutOfRangeException(nameof(recency), recency, string.Create(CultureInfo.InvariantCulture, $"recency (t_x) must be in [0, age]; it was {recency} with age (T) {age}."));
        }

        if (frequency == 0 && recency > 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(recency), recency, string.Create(CultureInfo.InvariantCulture, $"recency (t_x) must be 0 when frequency (x) is 0; it was {recency}."));
        }

        if (frequency == 0 && monetaryValue > 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(monetaryValue), monetaryValue, string.Create(CultureInfo.InvariantCulture, $"monetaryValue (m_x) must be 0 when frequency (x) is 0; it was {monetaryValue}."));
        }

        return new CustomerSummary(frequency, recency, age, monetaryValue);
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"x={Frequency}, t_x={Recency:0.####}, T={Age:0.####}, m_x={MonetaryValue:0.##}");
}
