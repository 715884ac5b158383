using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.CustomerValue.Rfm;

/// <summary>
/// One customer's raw recency, frequency and monetary measures, the input of RFM scoring.
/// </summary>
/// <remarks>
/// <para><see cref="Recency"/> is the time <em>since</em> the last purchase (lower is better), in any unit used for
/// the whole population; <see cref="Frequency"/> and <see cref="Monetary"/> are higher-is-better. All three are
/// finite and &gt;= 0. <see cref="FromSummary"/> maps a <see cref="CustomerSummary"/>: recency = T − t_x,
/// frequency = x (repeat purchases), monetary = m_x (mean repeat spend, 0 for one-time buyers).</para>
/// <para>Equality is field by field. <c>default</c> is (0, 0, 0): a customer who bought at the reference time,
/// never repeated and spent nothing. This type is an immutable value and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(RfmObservationJsonConverter))]
public readonly record struct RfmObservation
{
    private RfmObservation(double recency, double frequency, double monetary)
    {
        Recency = recency;
        Frequency = frequency;
        Monetary = monetary;
    }

    /// <summary>Time since the last purchase (&gt;= 0; lower is better).</summary>
    public double Recency { get; }

    /// <summary>Number of purchases (&gt;= 0; higher is better).</summary>
    public double Frequency { get; }

    /// <summary>Spend measure, e.g. mean or total spend (&gt;= 0; higher is better).</summary>
    public double Monetary { get; }

    /// <summary>Creates an observation.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A measure is negative or not finite.</exception>
    public static RfmObservation Create(double recency, double frequency, double monetary) =>
        new(Guard.Against.NegativeValue(recency), Guard.Against.NegativeValue(frequency), Guard.Against.NegativeValue(monetary));

    /// <summary>The observation of a buy-till-you-die summary: (T − t_x, x, m_x).</summary>
    public static RfmObservation FromSummary(CustomerSummary summary) =>
        new(Math.Max(0d, summary.Age - summary.Recency), summary.Frequency, summary.MonetaryValue);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"recency={Recency}, frequency={Frequency}, monetary={Monetary}");
}
