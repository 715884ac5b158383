namespace Crm.Domain.CustomerValue.Rfm;

/// <summary>The labels of <see cref="RfmSegmentation.Standard"/>.</summary>
public static class RfmSegmentNames
{
    /// <summary>Bought recently, buy often.</summary>
    public const string Champions = "champions";

    /// <summary>Buy often, fairly recently.</summary>
    public const string Loyal = "loyal";

    /// <summary>Recent, with a few purchases.</summary>
    public const string PotentialLoyalist = "potential loyalist";

    /// <summary>Bought most recently, once.</summary>
    public const string New = "new";

    /// <summary>Recent, once.</summary>
    public const string Promising = "promising";

    /// <summary>Middle recency and frequency.</summary>
    public const string NeedAttention = "need attention";

    /// <summary>Middle recency, low frequency.</summary>
    public const string AboutToSleep = "about to sleep";

    /// <summary>Used to buy often, not lately.</summary>
    public const string AtRisk = "at risk";

    /// <summary>Used to buy most often, not lately.</summary>
    public const string CannotLose = "can't lose";

    /// <summary>Long gone, low frequency.</summary>
    public const string Hibernating = "hibernating";

    /// <summary>Least recent and least frequent.</summary>
    public const string Lost = "lost";

    /// <summary>The fallback label of a segmentation whose segments leave some scores uncovered.</summary>
    public const string Other = "other";
}
