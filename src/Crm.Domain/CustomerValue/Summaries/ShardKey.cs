namespace Crm.Domain.CustomerValue.Summaries;

/// <summary>A customer key with its hash code computed once: the builder hashes each key once to pick its shard, and
/// the shard's dictionary reuses that hash instead of hashing again (a string hash is the dearest step per row).</summary>
/// <typeparam name="TCustomer">The customer key.</typeparam>
internal readonly struct ShardKey<TCustomer> : IEquatable<ShardKey<TCustomer>>
    where TCustomer : notnull, IEquatable<TCustomer>
{
    public ShardKey(TCustomer customer, int hash)
    {
        Customer = customer;
        Hash = hash;
    }

    public TCustomer Customer { get; }

    /// <summary><c>EqualityComparer&lt;TCustomer&gt;.Default.GetHashCode(Customer)</c>.</summary>
    public int Hash { get; }

    public static int HashOf(TCustomer customer) => EqualityComparer<TCustomer>.Default.GetHashCode(customer);

    public bool Equals(ShardKey<TCustomer> other) =>
        Hash == other.Hash && EqualityComparer<TCustomer>.Default.Equals(Customer, other.Customer);

    public override bool Equals(object? obj) => obj is ShardKey<TCustomer> other && Equals(other);

    public override int GetHashCode() => Hash;

    public static bool operator ==(ShardKey<TCustomer> left, ShardKey<TCustomer> right) => left.Equals(right);

    public static bool operator !=(ShardKey<TCustomer> left, ShardKey<TCustomer> right) => !left.Equals(right);
}
