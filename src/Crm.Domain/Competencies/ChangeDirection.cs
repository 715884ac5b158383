namespace Crm.Domain.Competencies;

/// <summary>How one criterion or block moved between two assessments (<see cref="AssessmentComparison"/>).</summary>
/// <remarks><c>default</c> is <see cref="Unrated"/>.</remarks>
public enum ChangeDirection
{
    /// <summary>Rated in neither assessment.</summary>
    Unrated = 0,

    /// <summary>Higher in the later assessment.</summary>
    Improved,

    /// <summary>Lower in the later assessment.</summary>
    FellBack,

    /// <summary>The same in both (within 1e-9).</summary>
    Unchanged,

    /// <summary>Rated only in the later assessment.</summary>
    NewlyRated,

    /// <summary>Rated only in the earlier assessment.</summary>
    NoLongerRated,
}
