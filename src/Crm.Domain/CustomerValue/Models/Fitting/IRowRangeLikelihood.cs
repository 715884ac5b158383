namespace Crm.Domain.CustomerValue.Models.Fitting;

/// <summary>
/// A log-likelihood whose rows can be summed range by range, each range on its own (no shared mutable state, so ranges
/// may run on several threads at once): what <see cref="BlockedLikelihood"/> needs to spread a fit over cores.
/// </summary>
internal interface IRowRangeLikelihood : ILikelihood
{
    /// <summary>The number of rows.</summary>
    int Rows { get; }

    /// <summary>Returns Σ wᵢ ln Lᵢ(θ) over rows [<paramref name="start"/>, <paramref name="end"/>) and writes its gradient (overwritten, not added to).</summary>
    double Evaluate(ReadOnlySpan<double> parameters, int start, int end, Span<double> gradient);
}
