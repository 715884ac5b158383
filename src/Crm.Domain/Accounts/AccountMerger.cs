using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Idic.Identify;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Accounts;

/// <summary>
/// Merges a duplicate account into a survivor, as <see cref="CustomerMerger"/> does for people: the survivor
/// absorbs the duplicate's contacts and identifiers (<see cref="AccountMerged"/>), the duplicate is closed with an
/// event naming the survivor (<see cref="AccountMergedInto"/>), and the duplicate's child accounts move under the survivor.
/// </summary>
/// <remarks>
/// <para>Hierarchy: when the survivor sits below the duplicate, it first takes the duplicate's place (moves under the
/// duplicate's parent, or becomes a root), so that moving the duplicate's other children under it makes no cycle; the
/// result's <see cref="AccountMergeResult.Hierarchy"/> is checked whole (no cycle, depth at most
/// <see cref="AccountHierarchy.MaxDepth"/>), and a merge that would break it is refused. Closed (merged) children
/// stay where they are: their links are history.</para>
/// <para>An <see cref="AccountMatcher"/> verdict of <see cref="MatchDecision.Same"/> drives a merge directly
/// (<see cref="Merge(AccountMatchResult, AccountId, IEnumerable{Account}, Instant)"/>); after a person reviewed a
/// <see cref="MatchDecision.Review"/> verdict, merge by identifiers.</para>
/// <para>Pure: it takes every account of the hierarchy and returns the accounts to store; thread-safe (stateless).</para>
/// </remarks>
public static class AccountMerger
{
    /// <summary>Merges <paramref name="duplicate"/> into <paramref name="survivor"/>.</summary>
    /// <param name="survivor">The account that stays (open).</param>
    /// <param name="duplicate">The account that closes (open, another account).</param>
    /// <param name="accounts">Every account of the hierarchy: both accounts and every child of the duplicate among them.</param>
    /// <param name="at">When; not before either account's last event.</param>
    /// <exception cref="ArgumentException">An identifier is <c>default</c> or not among <paramref name="accounts"/>, both are
    /// the same, the accounts do not form a valid hierarchy, or the merge would make one deeper than
    /// <see cref="AccountHierarchy.MaxDepth"/>; or <paramref name="at"/> is before an account's last event.</exception>
    /// <exception cref="IllegalTransitionException">The survivor or the duplicate is closed.</exception>
    public static AccountMergeResult Merge(AccountId survivor, AccountId duplicate, IEnumerable<Account> accounts, Instant at) =>
        Merge(survivor, duplicate, accounts, at, null);

    /// <summary>Merges the pair of <paramref name="match"/> into <paramref name="survivor"/>, one of the two.</summary>
    /// <param name="match">A verdict of <see cref="MatchDecision.Same"/> from <see cref="AccountMatcher"/>.</param>
    /// <param name="survivor">Which of <see cref="AccountMatchResult.First"/> and <see cref="AccountMatchResult.Second"/> stays.</param>
    /// <param name="accounts">Every account of the hierarchy (see the other overload).</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentException">The verdict is not Same, or <paramref name="survivor"/> is neither account;
    /// otherwise as the other overload.</exception>
    /// <exception cref="IllegalTransitionException">The survivor or the duplicate is closed.</exception>
    public static AccountMergeResult Merge(AccountMatchResult match, AccountId survivor, IEnumerable<Account> accounts, Instant at)
    {
        Guard.Against.Null(match);
        if (match.Decision != MatchDecision.Same)
        {
            throw new ArgumentException($"match must be a Same verdict to drive a merge; {match} is not (merge a reviewed pair by identifiers).", nameof(match));
        }

        var duplicate = survivor == match.First ? match.Second
            : survivor == match.Second ? match.First
            : throw new ArgumentException($"survivor must be {match.First} or {match.Second}; it was {survivor}.", nameof(survivor));
        return Merge(survivor, duplicate, accounts, at, match);
    }

    private static AccountMergeResult Merge(AccountId survivor, AccountId duplicate, IEnumerable<Account> accounts, Instant at, AccountMatchResult? match)
    {
        Guard.Against.NullOrDefaultKey(survivor);
        Guard.Against.NullOrDefaultKey(duplicate);
        Guard.Against.Null(accounts);
        if (survivor == duplicate)
        {
            throw new ArgumentException($"duplicate must be another account than the survivor ({survivor}).", nameof(duplicate));
        }

        var list = accounts.ToList();
        var before = AccountHierarchy.Of(list);
        var byId = list.ToDictionary(a => a.Id);
        var kept = Find(byId, survivor, nameof(survivor));
        var closed = Find(byId, duplicate, nameof(duplicate));

        // The survivor below the duplicate takes its place first: the duplicate's children then cannot be its ancestors.
        if (IsBelow(before, survivor, duplicate))
        {
            kept = kept.MoveUnder(closed.Parent, at);
        }

        kept = kept.Absorb(closed, at);
        closed = closed.CloseAsMergedInto(survivor, at);
        List<Account> moved = [.. before.ChildrenOf(duplicate)
            .Where(c => c != survivor && byId[c].MergedInto is null)
            .Select(c => byId[c].MoveUnder(survivor, at))];

        foreach (var a in moved.Append(kept).Append(closed))
        {
            byId[a.Id] = a;
        }

        var after = AccountHierarchy.Of(byId.Values.Where(a => a.MergedInto is null));
        return new AccountMergeResult(kept, closed, [.. moved], after, match);
    }

    private static Account Find(Dictionary<AccountId, Account> byId, AccountId id, string name) =>
        byId.TryGetValue(id, out var a) ? a : throw new ArgumentException($"{name} {id} is not among the accounts.", name);

    private static bool IsBelow(AccountHierarchy hierarchy, AccountId account, AccountId ancestor)
    {
        for (var p = hierarchy.ParentOf(account); p is { } id; p = hierarchy.ParentOf(id))
        {
            if (id == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
