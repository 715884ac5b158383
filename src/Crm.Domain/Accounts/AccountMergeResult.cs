using System.Collections.Immutable;

namespace Crm.Domain.Accounts;

/// <summary>
/// What <see cref="AccountMerger"/> did: the survivor after absorbing the duplicate, the closed duplicate, the child
/// accounts moved under the survivor, and the hierarchy of the open accounts afterwards.
/// </summary>
/// <remarks>Store <see cref="Changed"/> (each account's new events: <c>EventsSince</c> the stored version). Immutable
/// and thread-safe; equality is by reference.</remarks>
public sealed class AccountMergeResult
{
    internal AccountMergeResult(Account survivor, Account duplicate, ImmutableArray<Account> moved, AccountHierarchy hierarchy, AccountMatchResult? match)
    {
        Survivor = survivor;
        Duplicate = duplicate;
        Moved = moved;
        Hierarchy = hierarchy;
        Match = match;
    }

    /// <summary>The survivor: the duplicate's contacts and identifiers added (and moved to the duplicate's place when it sat below it).</summary>
    public Account Survivor { get; }

    /// <summary>The duplicate, closed: <see cref="Account.MergedInto"/> is the survivor.</summary>
    public Account Duplicate { get; }

    /// <summary>The duplicate's open child accounts, now under the survivor; empty for none.</summary>
    public ImmutableArray<Account> Moved { get; }

    /// <summary>The hierarchy of the open accounts after the merge (the duplicate left out).</summary>
    public AccountHierarchy Hierarchy { get; }

    /// <summary>The matcher's verdict that drove the merge; null when merged by identifiers.</summary>
    public AccountMatchResult? Match { get; }

    /// <summary>Every account the merge changed: survivor, duplicate, then the moved children.</summary>
    public IEnumerable<Account> Changed => Moved.Prepend(Duplicate).Prepend(Survivor);

    /// <inheritdoc />
    public override string ToString() => $"{Duplicate.Id} merged into {Survivor.Id} ({Moved.Length} child accounts moved)";
}
