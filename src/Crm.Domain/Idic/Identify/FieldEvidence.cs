using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Idic.Identify;

/// <summary>
/// The evidence one field contributed to a match score: how it was compared, the similarity in [0, 1], and the
/// weight it carried (a disagreeing exact key weighs less than an agreeing one: people have several addresses).
/// </summary>
/// <param name="Field">The field compared.</param>
/// <param name="Method">How: <c>exact</c> or <c>jaro-winkler</c>.</param>
/// <param name="Similarity">The similarity, in [0, 1].</param>
/// <param name="Weight">The weight used in the weighted mean (&gt; 0).</param>
/// <remarks>A result row built by <see cref="RecordMatcher"/>; immutable and thread-safe.</remarks>
public readonly record struct FieldEvidence(MatchField Field, [property: NotPersonal("the comparison's name: exact or jaro-winkler")] string Method, double Similarity, double Weight)
{
    /// <summary>The similarity, in [0, 1] (finite; checked when built and when read from JSON).</summary>
    public double Similarity { get; init => field = Guard.Against.NonFinite(value, nameof(Similarity)); } = Guard.Against.NonFinite(Similarity);

    /// <summary>The weight used in the weighted mean (&gt; 0, finite).</summary>
    public double Weight { get; init => field = Guard.Against.NonFinite(value, nameof(Weight)); } = Guard.Against.NonFinite(Weight);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Field} ({Method}): {Similarity:0.###} x weight {Weight:0.##}");
}
