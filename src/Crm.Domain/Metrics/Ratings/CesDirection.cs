namespace Crm.Domain.Metrics.Ratings;

/// <summary>Which end of a <see cref="CesScale"/> means "easy".</summary>
public enum CesDirection
{
    /// <summary>Not set (the <c>default</c>); refused wherever a scale is needed.</summary>
    Unspecified = 0,

    /// <summary>Higher answers mean less effort, as on the 1–7 agreement scale of CES 2.0 ("The company made it easy
    /// for me to handle my issue": 7 = strongly agree).</summary>
    HigherIsEasier = 1,

    /// <summary>Lower answers mean less effort, as on the original 1–5 effort scale of CES 1.0 ("How much effort did
    /// you personally have to put forth to handle your request?": 1 = very low effort).</summary>
    LowerIsEasier = 2,
}
