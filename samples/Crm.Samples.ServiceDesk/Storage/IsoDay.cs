using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Crm.Samples.ServiceDesk.Storage;

/// <summary>
/// Days as stored in the desk's own tables (KPI rows, transactions): ISO <c>yyyy-MM-dd</c> text, which sorts and
/// compares in date order the same way on SQLite and PostgreSQL.
/// </summary>
public static class IsoDay
{
    /// <summary>The stored text of <paramref name="day"/>.</summary>
    public static string Format(LocalDate day) => LocalDatePattern.Iso.Format(day);

    /// <summary>The day stored or sent as <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentException">Not an ISO date; the message names <paramref name="parameter"/>.</exception>
    public static LocalDate Parse(string? text, string parameter)
    {
        var result = LocalDatePattern.Iso.Parse(text ?? string.Empty);
        return result.Success ? result.Value
            : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{parameter} must be an ISO date (yyyy-MM-dd); it was '{text}'."), parameter);
    }
}
