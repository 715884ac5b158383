namespace Crm.Domain.PersonalData;

/// <summary>What an erasure plan does with one aggregate (<see cref="ErasurePlanItem.Action"/>).</summary>
/// <remarks><c>default</c> (0) is not an action.</remarks>
public enum ErasureAction
{
    /// <summary>The aggregate's personal data is erased (an erasure event in its history).</summary>
    Erase = 1,

    /// <summary>Kept: a legal hold overrides the erasure (the item names it).</summary>
    KeepUnderLegalHold = 2,

    /// <summary>Kept: the aggregate holds only the subject's identifier beside non-personal facts.</summary>
    KeepLinks = 3,

    /// <summary>Nothing to do: already erased.</summary>
    AlreadyErased = 4,
}
