using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Competencies;

/// <summary>How one criterion or block (or the overall index) moved between two assessments.</summary>
/// <param name="Id">The criterion id, the block id, or <c>overall</c>.</param>
/// <param name="Title">Its title.</param>
/// <param name="Before">The index (0–100) in the earlier assessment, or null when not rated.</param>
/// <param name="After">The index (0–100) in the later assessment, or null when not rated.</param>
/// <remarks>A result row: immutable, value equality.</remarks>
public sealed record ScoreChange(string Id, string Title, double? Before, double? After)
{
    /// <summary>The index (0–100, finite) in the earlier assessment, or null when not rated.</summary>
    public double? Before { get; init => field = Guard.Against.NonFinite(value, nameof(Before)); } = Guard.Against.NonFinite(Before);

    /// <summary>The index (0–100, finite) in the later assessment, or null when not rated.</summary>
    public double? After { get; init => field = Guard.Against.NonFinite(value, nameof(After)); } = Guard.Against.NonFinite(After);

    /// <summary>Tolerance under which two indexes count as equal.</summary>
    public const double Tolerance = 1e-9;

    /// <summary>After − before, in index points; null unless both are rated.</summary>
    public double? Delta => Before is { } b && After is { } a ? a - b : null;

    /// <summary>The direction of the move.</summary>
    public ChangeDirection Direction => (Before, After) switch
    {
        (null, null) => ChangeDirection.Unrated,
        (null, _) => ChangeDirection.NewlyRated,
        (_, null) => ChangeDirection.NoLongerRated,
        ({ } b, { } a) when a - b > Tolerance => ChangeDirection.Improved,
        ({ } b, { } a) when b - a > Tolerance => ChangeDirection.FellBack,
        _ => ChangeDirection.Unchanged,
    };
}
