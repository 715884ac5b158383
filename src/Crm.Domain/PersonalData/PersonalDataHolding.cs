namespace Crm.Domain.PersonalData;

/// <summary>What an aggregate holds about a data subject (<see cref="IPersonalDataHolder.Holding"/>).</summary>
/// <remarks><c>default</c> (0) is not a value.</remarks>
public enum PersonalDataHolding
{
    /// <summary>Nothing about the subject.</summary>
    Nothing = 1,

    /// <summary>Only the subject's identifier beside non-personal facts (a campaign response's outcome, an account
    /// contact's role): once the customer is erased, the identifier names nobody, so the facts stay for counts.</summary>
    LinksOnly = 2,

    /// <summary>Personal data (names, notes, free text) that an erasure removes.</summary>
    PersonalData = 3,

    /// <summary>Held once, already erased: nothing left to erase.</summary>
    Erased = 4,
}
