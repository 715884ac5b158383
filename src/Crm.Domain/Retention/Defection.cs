using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Retention;

/// <summary>A recorded defection: who left, when, and the recorded driver (from which the defector type follows).</summary>
/// <param name="Customer">The customer who left.</param>
/// <param name="At">When the defection was recorded.</param>
/// <param name="Driver">The recorded reason.</param>
/// <param name="Note">An optional note.</param>
public sealed record Defection(CustomerId Customer, Instant At, ChurnDriver Driver, string? Note = null)
{
    /// <summary>The defector type of <see cref="Driver"/>.</summary>
    public DefectorType Type => ChurnDrivers.TypeOf(Driver);
}
