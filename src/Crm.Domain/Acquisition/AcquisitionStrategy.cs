namespace Crm.Domain.Acquisition;

/// <summary>An acquisition strategy (CRM-CONCEPTS §5c), used as a tag on leads so funnel metrics can be cut by it.</summary>
/// <remarks><c>default</c> is <see cref="Unknown"/>, which is never a tag.</remarks>
public enum AcquisitionStrategy
{
    /// <summary>Not a strategy.</summary>
    Unknown = 0,

    /// <summary>The focused approach: target prospects by attitude.</summary>
    FocusedApproach,

    /// <summary>A win-win platform for both parties.</summary>
    WinWinPlatform,

    /// <summary>A forum for communication with prospects.</summary>
    CommunicationForum,

    /// <summary>Minimising fear, uncertainty and doubt.</summary>
    MinimisingFearUncertaintyDoubt,

    /// <summary>Projecting benefits rather than products.</summary>
    ProjectingBenefits,

    /// <summary>Contextual application of the offer to the prospect's situation.</summary>
    ContextualApplication,

    /// <summary>Focus on the prospect's decision process.</summary>
    DecisionProcessFocus,
}
