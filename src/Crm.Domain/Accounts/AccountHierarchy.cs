using Crm.Domain.Primitives;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Numerics;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

#pragma warning disable CA2208 // Messages name the commands' parameter (what the caller passed), not this helper's.

namespace Crm.Domain.Accounts;

/// <summary>
/// The account tree (a forest: several roots), checked whole: every parent is in the tree, there is no cycle, and no
/// account is deeper than <see cref="MaxDepth"/> levels. It answers parent, children, depth and root, checks a move
/// before <see cref="Account.MoveUnder"/>, and rolls values up the tree (<see cref="RollUp{T}(IReadOnlyDictionary{AccountId, T})"/>).
/// </summary>
/// <remarks>
/// <para>Roll-ups add values with <c>+</c>, so every mergeable accumulator of the library (they implement
/// <see cref="IAdditionOperators{TSelf, TOther, TResult}"/> as <c>Combine</c>: <see cref="Metrics.NpsAccumulator"/>,
/// <see cref="Metrics.ServicesPerCustomerAccumulator"/>, <see cref="Metrics.RetentionAccumulator"/>…) rolls KPIs up,
/// and <see cref="Primitives.Money"/> rolls pipeline amounts up through the overload taking <c>(a, b) =&gt; a + b</c> (one currency: mixing throws, as <c>Money</c> does). The
/// rolled-up value of an account is its own value combined with its children's rolled-up values, so the root's value
/// is the combination of every value in its subtree; O(n) over the accounts, children before parents.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class AccountHierarchy
{
    /// <summary>The deepest tree accepted, in levels: a root is level 1 (depth 0), so depths run 0 to 15.</summary>
    public const int MaxDepth = 16;

    private readonly FrozenDictionary<AccountId, int> _index;
    private readonly AccountId[] _ids;
    private readonly int[] _parent;
    private readonly int[] _depth;
    private readonly int[] _bottomUp;
    private readonly ILookup<int, int> _children;

    private AccountHierarchy(FrozenDictionary<AccountId, int> index, AccountId[] ids, int[] parent, int[] depth)
    {
        _index = index;
        _ids = ids;
        _parent = parent;
        _depth = depth;
        // Children before parents: deepest first (a stable order, so roll-ups add in a deterministic order).
        _bottomUp = [.. Enumerable.Range(0, ids.Length).OrderByDescending(i => depth[i])];
        _children = Enumerable.Range(0, ids.Length).Where(i => parent[i] >= 0).ToLookup(i => parent[i]);
    }

    /// <summary>The number of accounts.</summary>
    public int Count => _ids.Length;

    /// <summary>The roots (accounts without a parent), in the order given.</summary>
    public IEnumerable<AccountId> Roots => Enumerable.Range(0, _ids.Length).Where(i => _parent[i] < 0).Select(i => _ids[i]);

    /// <summary>The hierarchy of <paramref name="accounts"/> (their <see cref="Account.Parent"/> links).</summary>
    /// <exception cref="ArgumentException">An account is null or given twice, a parent is not among the accounts,
    /// the links form a cycle, or a tree is deeper than <see cref="MaxDepth"/>; the message names the accounts.</exception>
    public static AccountHierarchy Of(IEnumerable<Account> accounts)
    {
        Guard.Against.Null(accounts);
        return FromLinks(accounts.Select(a => new KeyValuePair<AccountId, AccountId?>(Guard.Against.NullElement(a, nameof(accounts)).Id, a.Parent)));
    }

    /// <summary>The hierarchy of (account, parent) links; a null parent is a root.</summary>
    /// <exception cref="ArgumentException">See <see cref="Of"/>; also a <c>default</c> identifier.</exception>
    public static AccountHierarchy FromLinks(IEnumerable<KeyValuePair<AccountId, AccountId?>> links)
    {
        Guard.Against.Null(links);
        var list = links as IReadOnlyCollection<KeyValuePair<AccountId, AccountId?>> ?? [.. links];
        var ids = new AccountId[list.Count];
        var index = new Dictionary<AccountId, int>(list.Count);
        var n = 0;
        foreach (var (id, _) in list)
        {
            Guard.Against.NullOrDefaultKey(id, nameof(links));
            if (!index.TryAdd(id, n))
            {
                throw new ArgumentException($"links: account {id} is given twice.", nameof(links));
            }

            ids[n++] = id;
        }

        var parent = new int[n];
        n = 0;
        foreach (var (id, p) in list)
        {
            parent[n++] = p is not { } pid ? -1
                : pid == id ? throw new ArgumentException($"links: account {id} is its own parent.", nameof(links))
                : index.TryGetValue(pid, out var pi) ? pi
                : throw new ArgumentException($"links: the parent {pid} of account {id} is not in the hierarchy.", nameof(links));
        }

        return new AccountHierarchy(index.ToFrozenDictionary(), ids, parent, Depths(ids, parent));
    }

    /// <summary>True when <paramref name="id"/> is in the hierarchy.</summary>
    public bool Contains(AccountId id) => _index.ContainsKey(id);

    /// <summary>The parent of <paramref name="id"/>; null for a root.</summary>
    /// <exception cref="KeyNotFoundException">The account is not in the hierarchy.</exception>
    public AccountId? ParentOf(AccountId id) => _parent[IndexOf(id)] is var p && p >= 0 ? _ids[p] : null;

    /// <summary>The children of <paramref name="id"/>, in the order given.</summary>
    /// <exception cref="KeyNotFoundException">The account is not in the hierarchy.</exception>
    public ImmutableArray<AccountId> ChildrenOf(AccountId id) => [.. _children[IndexOf(id)].Select(i => _ids[i])];

    /// <summary>The depth of <paramref name="id"/>: 0 for a root, at most <see cref="MaxDepth"/> − 1.</summary>
    /// <exception cref="KeyNotFoundException">The account is not in the hierarchy.</exception>
    public int DepthOf(AccountId id) => _depth[IndexOf(id)];

    /// <summary>The root of the tree holding <paramref name="id"/> (the account itself for a root).</summary>
    /// <exception cref="KeyNotFoundException">The account is not in the hierarchy.</exception>
    public AccountId RootOf(AccountId id)
    {
        var i = IndexOf(id);
        while (_parent[i] >= 0)
        {
            i = _parent[i];
        }

        return _ids[i];
    }

    /// <summary>Whether moving <paramref name="account"/> under <paramref name="parent"/> (null: make it a root) keeps the
    /// hierarchy valid; <paramref name="reason"/> says why not (a cycle, the depth limit, an unknown account).</summary>
    public bool CanMove(AccountId account, AccountId? parent, out string? reason)
    {
        reason = !Contains(account) ? $"account {account} is not in the hierarchy"
            : parent is not { } p ? null
            : !Contains(p) ? $"the parent {p} is not in the hierarchy"
            : IsInSubtree(IndexOf(p), IndexOf(account)) ? $"{p} is {account} or below it: the move would make a cycle"
            : DepthOf(p) + 1 + SubtreeHeight(IndexOf(account)) >= MaxDepth ? $"the tree would be deeper than {MaxDepth} levels"
            : null;
        return reason is null;
    }

    /// <summary>
    /// Rolls <paramref name="own"/> up the tree: each account's result is its own value combined (<c>+</c>) with its
    /// children's results. Accounts with no value in their subtree are absent from the result.
    /// </summary>
    /// <typeparam name="T">A mergeable value: an accumulator of the library, a number.</typeparam>
    /// <param name="own">Each account's own value (accounts absent have none); every key must be in the hierarchy.</param>
    /// <exception cref="ArgumentException">A key is not in the hierarchy.</exception>
    public IReadOnlyDictionary<AccountId, T> RollUp<T>(IReadOnlyDictionary<AccountId, T> own)
        where T : IAdditionOperators<T, T, T> => RollUp(own, static (a, b) => a + b);

    /// <summary>
    /// Rolls <paramref name="own"/> up the tree with <paramref name="combine"/> (for values that add without
    /// <see cref="IAdditionOperators{TSelf, TOther, TResult}"/>, such as <see cref="Primitives.Money"/>:
    /// <c>(a, b) =&gt; a + b</c>). <paramref name="combine"/> must be associative and commutative, as every
    /// accumulator's <c>Combine</c> is; otherwise as <see cref="RollUp{T}(IReadOnlyDictionary{AccountId, T})"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A key is not in the hierarchy, or a value is null.</exception>
    public IReadOnlyDictionary<AccountId, T> RollUp<T>(IReadOnlyDictionary<AccountId, T> own, Func<T, T, T> combine)
    {
        Guard.Against.Null(own);
        Guard.Against.Null(combine);
        var values = new T[_ids.Length];
        var has = new bool[_ids.Length];
        foreach (var (id, value) in own)
        {
            var i = _index.TryGetValue(id, out var ix) ? ix : throw new ArgumentException($"own: account {id} is not in the hierarchy.", nameof(own));
            values[i] = value is null ? throw new ArgumentException($"own: the value of {id} is null.", nameof(own)) : value;
            has[i] = true;
        }

        var result = new Dictionary<AccountId, T>(own.Count);
        foreach (var i in _bottomUp)
        {
            if (!has[i])
            {
                continue;
            }

            result[_ids[i]] = values[i];
            if (_parent[i] is var p && p >= 0)
            {
                values[p] = has[p] ? combine(values[p], values[i]) : values[i];
                has[p] = true;
            }
        }

        return new ReadOnlyDictionary<AccountId, T>(result);
    }

    private int IndexOf(AccountId id) =>
        _index.TryGetValue(id, out var i) ? i : throw new KeyNotFoundException($"Account {id} is not in the hierarchy.");

    private bool IsInSubtree(int node, int top)
    {
        for (var i = node; i >= 0; i = _parent[i])
        {
            if (i == top)
            {
                return true;
            }
        }

        return false;
    }

    private int SubtreeHeight(int node) =>
        _children[node].Select(c => 1 + SubtreeHeight(c)).DefaultIfEmpty(0).Max();

    // Depth of every node, walking each unseen chain up once (O(n)); a chain that meets itself is a cycle.
    private static int[] Depths(AccountId[] ids, int[] parent)
    {
        const int Unseen = -1, OnPath = -2;
        var depth = new int[ids.Length];
        Array.Fill(depth, Unseen);
        var path = new List<int>();
        for (var start = 0; start < ids.Length; start++)
        {
            path.Clear();
            var i = start;
            while (i >= 0 && depth[i] == Unseen)
            {
                depth[i] = OnPath;
                path.Add(i);
                i = parent[i];
            }

            if (i >= 0 && depth[i] == OnPath)
            {
                throw new ArgumentException($"links: the parents form a cycle through {string.Join(" -> ", path.SkipWhile(x => x != i).Select(x => ids[x]))} -> {ids[i]}.", "links");
            }

            var d = i < 0 ? -1 : depth[i];
            for (var k = path.Count - 1; k >= 0; k--)
            {
                depth[path[k]] = ++d;
                if (d >= MaxDepth)
                {
                    throw new ArgumentException($"links: account {ids[path[k]]} is at depth {d}; trees are at most {MaxDepth} levels deep (depth 0 to {MaxDepth - 1}).", "links");
                }
            }
        }

        return depth;
    }
}
