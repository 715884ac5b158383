using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using NodaTime;

namespace Crm.Domain.CustomerValue.Summaries;

/// <summary>
/// One line of a transaction log: who bought, on which day, for how much.
/// </summary>
/// <typeparam name="TCustomer">The customer key: <see cref="Primitives.CustomerId"/>, an <see cref="int"/>, a
/// <see cref="long"/>, a <see cref="Guid"/>, a <see cref="string"/>... whatever the host system uses.</typeparam>
/// <remarks>
/// <para>Create it from a <see cref="LocalDate"/> (a business date) or from an <see cref="Instant"/> and the
/// <see cref="DateTimeZone"/> in which the business day is reckoned; amounts come as <see cref="double"/> or
/// <see cref="decimal"/> and are kept as <see cref="double"/>, the type of every model statistic.</para>
/// <para>Equality is field by field. <c>default</c> has a default customer key and is refused by the summariser
/// when the key is null or a default <see cref="Primitives.CustomerId"/>. This type is an immutable value and is
/// thread-safe.</para>
/// </remarks>
public readonly record struct CustomerTransaction<TCustomer>
    where TCustomer : notnull, IEquatable<TCustomer>
{
    private CustomerTransaction(TCustomer customer, LocalDate date, double amount)
    {
        Customer = customer;
        Date = date;
        Amount = amount;
    }

    /// <summary>The customer.</summary>
    public TCustomer Customer { get; }

    /// <summary>The business day of the transaction (ISO calendar).</summary>
    public LocalDate Date { get; }

    /// <summary>The amount (finite, &gt;= 0), in the caller's currency units.</summary>
    public double Amount { get; }

    /// <summary>A transaction on a business date.</summary>
    /// <exception cref="ArgumentException">The customer key is null or a default <see cref="Primitives.CustomerId"/>,
    /// or <paramref name="amount"/> is negative or not finite.</exception>
    public static CustomerTransaction<TCustomer> Create(TCustomer customer, LocalDate date, double amount)
    {
        Guard.Against.NullOrDefaultKey(customer);
        Guard.Against.NegativeValueOf(amount, "customer", customer);
        return new CustomerTransaction<TCustomer>(customer, SummaryTime.ToIso(date), amount);
    }

    /// <summary>A transaction on a business date, with a decimal amount (converted to the nearest double).</summary>
    /// <exception cref="ArgumentException">See <see cref="Create(TCustomer, LocalDate, double)"/>.</exception>
    public static CustomerTransaction<TCustomer> Create(TCustomer customer, LocalDate date, decimal amount) =>
        Create(customer, date, (double)amount);

    /// <summary>A transaction at an instant; its business day is the date of <paramref name="instant"/> in
    /// <paramref name="zone"/>.</summary>
    /// <exception cref="ArgumentException">See <see cref="Create(TCustomer, LocalDate, double)"/>; or
    /// <paramref name="zone"/> is null.</exception>
    public static CustomerTransaction<TCustomer> Create(TCustomer customer, Instant instant, DateTimeZone zone, double amount)
    {
        Guard.Against.Null(zone);
        return Create(customer, instant.InZone(zone).Date, amount);
    }

    /// <summary>A transaction at an instant with a decimal amount; see
    /// <see cref="Create(TCustomer, Instant, DateTimeZone, double)"/>.</summary>
    public static CustomerTransaction<TCustomer> Create(TCustomer customer, Instant instant, DateTimeZone zone, decimal amount) =>
        Create(customer, instant, zone, (double)amount);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Customer} {Date:uuuu-MM-dd} {Amount}");
}
