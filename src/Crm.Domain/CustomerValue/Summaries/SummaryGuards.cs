using System.Globalization;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.CustomerValue.Summaries;

/// <summary>Checks of transaction-log input; every message names the customer and the field.</summary>
internal static class SummaryGuards
{
    public static void Customer<TCustomer>(TCustomer customer)
    {
        if (customer is null)
        {
            throw new ArgumentNullException(nameof(customer), "customer must not be null.");
        }

        if (customer is CustomerId { IsDefault: true })
        {
            throw new ArgumentException("customer is a default(CustomerId); create it with CustomerId.Of.", nameof(customer));
        }
    }

    public static void Amount<TCustomer>(TCustomer customer, double amount)
    {
        if (!double.IsFinite(amount) || amount < 0d)
        {
            throw new ArgumentOutOfRangeException(
                nameof(amount),
                amount,
                string.Create(CultureInfo.InvariantCulture, $"amount of customer {customer} must be a finite number >= 0; it was {amount}."));
        }
    }

    public static void NotAfterEnd<TCustomer>(TCustomer customer, LocalDate date, LocalDate observationEnd)
    {
        if (date > observationEnd)
        {
            throw new ArgumentOutOfRangeException(
                nameof(date),
                date,
                string.Create(CultureInfo.InvariantCulture, $"date of customer {customer} must be on or before the observation end {observationEnd:uuuu-MM-dd}; it was {date:uuuu-MM-dd}."));
        }
    }
}
