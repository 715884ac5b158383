namespace Crm.Domain.Metrics.Categorisation;

/// <summary>
/// A customer's class in an ABC categorisation by cumulative share of value: the one ABC classification of the library,
/// used by <see cref="AbcClassifier"/> and by IDIC value tiering (<c>Idic.Differentiate.ValueTiering</c>).
/// </summary>
/// <remarks>
/// <c>default</c> (0) is not a class and is refused where a class is expected; "not classified" is written as a null
/// <c>AbcClass?</c> (<see cref="AbcClassification.ClassOf"/>, <c>Idic.CustomerProfile.Abc</c>). In JSON a class is its
/// name (<c>"A"</c>, <c>"B"</c>, <c>"C"</c>).
/// </remarks>
public enum AbcClass
{
    /// <summary>The few customers that bring the top share of value (by default the first 80 %).</summary>
    A = 1,

    /// <summary>The customers that bring the next share (by default 80 % to 95 %).</summary>
    B = 2,

    /// <summary>The rest (by default the last 5 % of value, and every customer of zero value).</summary>
    C = 3,
}
