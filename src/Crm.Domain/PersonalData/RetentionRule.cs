using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.PersonalData;

/// <summary>How long one category of personal data is kept after its clock starts (the relationship's end or the
/// record's close, see <see cref="DataCategory"/>), and why.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RetentionRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="category">The category (defined).</param>
    /// <param name="keepFor">How long, in calendar units (years, months, days; e.g. <c>P6Y</c>): added to the clock's
    /// start date with NodaTime's calendar arithmetic, so a month after 31 January is the last day of February.
    /// Positive, with no time part.</param>
    /// <param name="basis">Why this long (e.g. "HMRC: six years after the end of the accounting period"); not blank.</param>
    /// <exception cref="ArgumentException">An undefined category, a period that is not a positive date period, or a
    /// blank or over-long basis.</exception>
    [JsonConstructor]
    public RetentionRule(DataCategory category, Period keepFor, string basis)
    {
        Guard.Against.UndefinedEnum(category);
        Guard.Against.Null(keepFor);
        if (keepFor.HasTimeComponent || keepFor.Years < 0 || keepFor.Months < 0 || keepFor.Weeks < 0 || keepFor.Days < 0 || keepFor.Equals(Period.Zero))
        {
            throw new ArgumentException($"keepFor must be a positive period of years, months, weeks and days; it was {keepFor}.", nameof(keepFor));
        }

        Guard.Against.NullOrWhiteSpace(basis);
        Guard.Against.TooLong(basis, LegalHold.MaxReasonLength);
        Category = category;
        KeepFor = keepFor;
        Basis = basis;
    }

    /// <summary>The category.</summary>
    public DataCategory Category { get; }

    /// <summary>How long it is kept after the clock starts.</summary>
    public Period KeepFor { get; }

    /// <summary>Why.</summary>
    [NotPersonal("the controller's legal ground for the period")]
    public string Basis { get; }

    /// <summary>The day the data falls due for erasure: the clock's start plus <see cref="KeepFor"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The due date falls outside the ISO calendar's range.</exception>
    public LocalDate DueDate(LocalDate clockStarted)
    {
        try
        {
            return clockStarted.Plus(KeepFor);
        }
        catch (OverflowException ex)
        {
            throw new ArgumentOutOfRangeException(nameof(clockStarted), clockStarted, $"clockStarted plus {KeepFor} falls outside the calendar's range. {ex.Message}");
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Category}: kept {KeepFor} ({Basis})";
}
