namespace Crm.Domain.CustomerValue.Models.Numerics;

/// <summary>
/// What a beta-geometric model (BG/NBD, MBG/NBD) computes once and keeps for its lifetime: its scoring kernel, whose
/// per-model series constants cost about as much to build as a single customer's score, and its Taylor rows
/// (<see cref="TaylorMemo"/>, where rows apply). Held by the model's struct as one reference, shared by its copies.
/// </summary>
/// <remarks>Thread safety: the kernel is immutable and the memo is safe for concurrent use.</remarks>
internal sealed class BetaGeometricCache
{
    /// <summary>The model's kernel (a field, so that callers pass it by reference rather than copy its 600 bytes).</summary>
    public readonly BetaGeometricScoring Scoring;

    /// <summary>Builds the kernel and, where rows apply, an empty memo; arguments as <see cref="BetaGeometricScoring"/>'s.</summary>
    public BetaGeometricCache(double r, double alpha, double a, double b, bool canDropAtStart)
    {
        Memo = BetaGeometricScoring.RowsApply(r, a, b) ? new TaylorMemo() : null;
        Scoring = new BetaGeometricScoring(r, alpha, a, b, canDropAtStart, Memo);
    }

    /// <summary>The model's Taylor rows, or null where the model's expectations do not come from rows.</summary>
    public TaylorMemo? Memo { get; }
}
