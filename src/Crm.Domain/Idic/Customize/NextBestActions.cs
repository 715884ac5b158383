using System.Collections.Immutable;
using Crm.Domain.Primitives;

namespace Crm.Domain.Idic.Customize;

/// <summary>The recommendations for one customer (best first, at most the engine's limit) and every other offer with
/// the reason it was not recommended.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class NextBestActions
{
    internal NextBestActions(CustomerId customerId, ImmutableArray<OfferEvaluation> recommended, ImmutableArray<OfferEvaluation> rejected)
    {
        CustomerId = customerId;
        Recommended = recommended;
        Rejected = rejected;
    }

    /// <summary>The customer.</summary>
    public CustomerId CustomerId { get; }

    /// <summary>The recommended offers, best first.</summary>
    public ImmutableArray<OfferEvaluation> Recommended { get; }

    /// <summary>The offers not recommended, each with its outcome and explanation.</summary>
    public ImmutableArray<OfferEvaluation> Rejected { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{CustomerId}: {(Recommended.IsEmpty ? "nothing to recommend" : string.Join(", ", Recommended.Select(r => r.Offer.Name)))}";
}
