namespace Crm.Domain.CustomerValue.Models.Numerics;

/// <summary>
/// Storage of Taylor rows keyed by (x, k) (see <see cref="BetaGeometricScoring"/>): a batch's pooled table
/// (<see cref="TaylorAnchors"/>) or a model's memo (<see cref="TaylorMemo.View"/>). Both follow one protocol, written once in
/// the kernel: a slot goes 0 (empty) → <see cref="TaylorAnchors.Building"/> (claimed by one thread, compare-and-swap) →
/// the row's offset + 1 (published by a volatile write after the row is written) or
/// <see cref="TaylorAnchors.Unusable"/>; a published row never changes.
/// </summary>
internal interface ITaylorRows
{
    /// <summary>The slot of (x, k), 0 ≤ x &lt; <see cref="TaylorAnchors.MaxX"/>, 0 ≤ k &lt; <see cref="TaylorAnchors.MaxAnchor"/>.</summary>
    ref double Slot(int x, int k);

    /// <summary>The offset of a free row for the caller to write, or −1 when the storage is full.</summary>
    int Claim();

    /// <summary>The <see cref="TaylorAnchors.Terms"/> coefficients of the row at <paramref name="offset"/>.</summary>
    Span<double> Row(int offset);
}
