using System.Globalization;
using NodaTime;

namespace Crm.Domain.CustomerValue.Summaries;

/// <summary>
/// One customer's calibration summary (x, t_x, T, m_x) and holdout outcome (x*, holdout spend), as in BTYD's
/// customer-by-sufficient-statistic table (<c>ID, x, t.x, T.cal, x.star, m.x</c>).
/// </summary>
/// <typeparam name="TCustomer">The customer key.</typeparam>
/// <remarks>Built by <see cref="CustomerSummaryBuilder{TCustomer}"/>; equality is field by field. <c>default</c> has
/// a default customer and a default summary. This type is an immutable value and is thread-safe.</remarks>
public readonly record struct CustomerSummaryRow<TCustomer>
    where TCustomer : notnull, IEquatable<TCustomer>
{
    internal CustomerSummaryRow(TCustomer customer, LocalDate firstPurchase, CustomerSummary summary, int holdoutFrequency, double holdoutSpend)
    {
        Customer = customer;
        FirstPurchase = firstPurchase;
        Summary = summary;
        HoldoutFrequency = holdoutFrequency;
        HoldoutSpend = holdoutSpend;
    }

    /// <summary>The customer.</summary>
    public TCustomer Customer { get; }

    /// <summary>The date of the customer's first purchase (the start of their clock).</summary>
    public LocalDate FirstPurchase { get; }

    /// <summary>The calibration summary: x (repeat purchases), t_x, T (in periods) and m_x (mean repeat spend).</summary>
    public CustomerSummary Summary { get; }

    /// <summary>x*: the number of (merged) transactions in the holdout period; 0 when there is no holdout.</summary>
    public int HoldoutFrequency { get; }

    /// <summary>The total amount of the holdout transactions (&gt;= 0); 0 when there is no holdout.</summary>
    public double HoldoutSpend { get; }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Customer}: {Summary}, x*={HoldoutFrequency}, holdout spend={HoldoutSpend:0.##}");
}
