using System.Collections.Frozen;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Campaigns;

/// <summary>
/// Customers who must not receive this campaign whatever the criteria and the contact policy say: recent
/// complainers, staff, litigation holds, a competitor's employees, another campaign's hold-out.
/// </summary>
/// <remarks>Immutable (a frozen set, built once) and thread-safe. <see cref="Empty"/> suppresses no one.</remarks>
public sealed class SuppressionList
{
    private readonly FrozenSet<CustomerId> _ids;

    private SuppressionList(FrozenSet<CustomerId> ids) => _ids = ids;

    /// <summary>The list that suppresses no one.</summary>
    public static SuppressionList Empty { get; } = new(FrozenSet<CustomerId>.Empty);

    /// <summary>How many customers are suppressed.</summary>
    public int Count => _ids.Count;

    /// <summary>The suppressed customers, in no particular order.</summary>
    public IReadOnlyCollection<CustomerId> Ids => _ids;

    /// <summary>Creates a list; duplicates are ignored.</summary>
    /// <exception cref="ArgumentException">An identifier is <c>default</c>.</exception>
    public static SuppressionList Of(IEnumerable<CustomerId> ids)
    {
        Guard.Against.Null(ids);
        var set = ids.ToFrozenSet();
        foreach (var id in set)
        {
            Guard.Against.Uninitialized(id, !id.IsDefault, nameof(ids));
        }

        return new SuppressionList(set);
    }

    /// <summary>True when <paramref name="id"/> is suppressed.</summary>
    public bool Contains(CustomerId id) => _ids.Contains(id);
}
