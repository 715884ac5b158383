using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Metrics;
using NodaTime;

namespace Crm.Domain.CustomerValue.Summaries;

/// <summary>
/// Streams a transaction log into per-customer summaries (x, t_x, T, m_x, x*, holdout spend). Builders of any
/// partition of the log (by customer, by date, or arbitrary) can be merged, and the merge equals one pass over the
/// whole log.
/// </summary>
/// <typeparam name="TCustomer">The customer key (<see cref="Primitives.CustomerId"/>, <see cref="int"/>,
/// <see cref="long"/>, <see cref="Guid"/>, <see cref="string"/>...).</typeparam>
/// <remarks>
/// <para><b>State, and why it merges exactly.</b> Per customer the builder keeps the earliest occasion and its spend,
/// the total calibration and holdout spend, the latest calibration occasion, and the set of distinct purchase
/// occasions (days, or periods under <see cref="TransactionMerging.SamePeriod"/>). The set is what makes merging
/// exact: the same day may appear in two partitions, so distinct counts cannot simply be added. The set is stored
/// compactly (one entry per distinct occasion, 8 bytes); when a customer's transactions arrive in date order (the
/// usual log) each one costs O(1) and distinct counts are kept on the fly; out-of-order customers are deduplicated
/// once in <see cref="Build"/>.</para>
/// <para><b>Speed.</b> Up to 65,536 customers live in one hash table; beyond that they are spread over 256 tables
/// by key hash, so that each table stays small. A batch is validated in one pass, then applied; consecutive rows of
/// the same customer reuse one lookup. A large batch with scattered customers is first grouped by table (see
/// <see cref="AddRange(ReadOnlySpan{CustomerTransaction{TCustomer}})"/>), so that with hundreds of thousands of
/// customers each table stays in the processor cache while its rows are applied. Each key is hashed once per run
/// of equal keys with <see cref="EqualityComparer{T}.Default"/>.</para>
/// <para>Amounts are summed in <see cref="double"/>: with non-integral amounts a merged result may differ from a
/// single pass in the last bits of m_x and the holdout spend (integral amounts are exact up to 2^53).</para>
/// <para><b>Errors.</b> A transaction after <see cref="SummaryOptions.ObservationEnd"/>, a negative or non-finite
/// amount, or a null / default customer key throws an <see cref="ArgumentException"/> naming the customer and the
/// field, before the builder changes (the batch methods validate the whole batch first).</para>
/// <para>This is the library's mutable builder: not thread-safe. Use one builder per thread or partition and
/// <see cref="Merge"/> them.</para>
/// <para><b>State.</b> The builder has the accumulators' one state contract
/// (<see cref="IAccumulatorState{TSelf, TState}"/>: <see cref="ToState"/> / <see cref="FromState"/>), and its JSON
/// through <see cref="Serialization.CrmJson"/> is its state's JSON (keys <see cref="Primitives.CustomerId"/>,
/// <see cref="string"/>, <see cref="long"/> and <see cref="int"/>).</para>
/// </remarks>
[JsonConverter(typeof(CustomerSummaryBuilderJsonConverterFactory))]
public sealed partial class CustomerSummaryBuilder<TCustomer> : IAccumulatorState<CustomerSummaryBuilder<TCustomer>, CustomerSummaryBuilderState<TCustomer>>
    where TCustomer : notnull, IEquatable<TCustomer>
{
    private const int ShardBits = 8;
    private const int ShardCount = 1 << ShardBits;

    private readonly Dictionary<ShardKey<TCustomer>, CustomerState>?[] _shards = new Dictionary<ShardKey<TCustomer>, CustomerState>?[ShardCount];
    private int _shardMask;
    private readonly LocalDate _observationEnd;
    private readonly int _observationEndDay;
    private readonly int _calibrationEndDay;
    private readonly int _calibrationEndKey;
    private readonly bool _sameDay;
    private readonly SummaryPeriod _period;
    private int[] _chainCode = [];
    private int[] _chainPrevious = [];
    private int _chainCount;
    private int _customerCount;
    private OccasionCoder? _coder;
    private long _transactionCount;

    /// <summary>Creates an empty builder.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public CustomerSummaryBuilder(SummaryOptions options)
        : this(options, 0)
    {
    }

    /// <summary>Creates an empty builder with room for <paramref name="expectedCustomers"/> customers.</summary>
    /// <exception cref="ArgumentException"><paramref name="options"/> is null or the capacity is negative.</exception>
    public CustomerSummaryBuilder(SummaryOptions options, int expectedCustomers)
    {
        Options = Guard.Against.Null(options);
        Guard.Against.NegativeValue(expectedCustomers);
        _observationEnd = options.ObservationEnd;
        _observationEndDay = SummaryTime.DayNumber(options.ObservationEnd);
        _calibrationEndDay = SummaryTime.DayNumber(options.CalibrationEnd);
        _calibrationEndKey = SummaryTime.Key(options.CalibrationEnd, options.Period, options.Merging);
        _sameDay = options.Merging == TransactionMerging.SameDay || options.Period == SummaryPeriod.Day;
        _period = options.Period;
        ReserveCustomers(expectedCustomers);
    }

    /// <summary>The options of this builder.</summary>
    public SummaryOptions Options { get; }

    private OccasionCoder Coder => _coder ??= new OccasionCoder(_calibrationEndDay, _period, _sameDay);

    /// <summary>The customer count from which the builder spreads its customers over <see cref="ShardCount"/>
    /// tables (tests lower it to exercise sharding on small logs).</summary>
    internal int ShardingThreshold { get; set; } = DefaultShardingThreshold;

    /// <summary>The smallest batch that <see cref="AddRange(ReadOnlySpan{CustomerTransaction{TCustomer}})"/> groups
    /// by shard before applying (tests lower it to exercise that path on small logs). Grouping also shards
    /// the builder.</summary>
    internal int GroupingThreshold { get; set; } = DefaultGroupingThreshold;

    /// <summary>The number of raw transactions added (before merging same-day ones).</summary>
    public long TransactionCount => _transactionCount;

    /// <summary>The number of distinct customers seen (including those first seen in the holdout).</summary>
    public int CustomerCount => _customerCount;

    /// <summary>Adds one transaction on a business date.</summary>
    /// <exception cref="ArgumentException">Bad customer key, negative or non-finite amount, or a date after the
    /// observation end (the message names the customer).</exception>
    public void Add(TCustomer customer, LocalDate date, double amount)
    {
        Guard.Against.NullOrDefaultKey(customer);
        Guard.Against.NegativeValueOf(amount, "customer", customer);
        date = SummaryTime.ToIso(date);
        Guard.Against.AfterOf(date, _observationEnd, "the observation end", "customer", customer);
        var code = Coder.Code(date, out var day);
        _transactionCount++;
        ReserveCustomers(0);
        ref var s = ref Find(customer, ShardKey<TCustomer>.HashOf(customer), out var exists);
        if (exists)
        {
            Update(ref s, code, day, amount);
        }
        else
        {
            Start(ref s, code, day, amount);
        }
    }

    /// <summary>Adds one transaction on a business date with a decimal amount (converted to the nearest double).</summary>
    /// <exception cref="ArgumentException">See <see cref="Add(TCustomer, LocalDate, double)"/>.</exception>
    public void Add(TCustomer customer, LocalDate date, decimal amount) => Add(customer, date, (double)amount);

    /// <summary>Adds one transaction at an instant, dated in <paramref name="zone"/>.</summary>
    /// <exception cref="ArgumentException">See <see cref="Add(TCustomer, LocalDate, double)"/>; or
    /// <paramref name="zone"/> is null.</exception>
    public void Add(TCustomer customer, Instant instant, DateTimeZone zone, double amount)
    {
        Guard.Against.Null(zone);
        Add(customer, instant.InZone(zone).Date, amount);
    }

    /// <summary>Adds one transaction at an instant with a decimal amount, dated in <paramref name="zone"/>.</summary>
    public void Add(TCustomer customer, Instant instant, DateTimeZone zone, decimal amount) =>
        Add(customer, instant, zone, (double)amount);

    /// <summary>Adds one transaction.</summary>
    /// <exception cref="ArgumentException">See <see cref="Add(TCustomer, LocalDate, double)"/>.</exception>
    public void Add(in CustomerTransaction<TCustomer> transaction) =>
        Add(transaction.Customer, transaction.Date, transaction.Amount);

    /// <summary>Adds a batch of transactions in any order. The whole batch is validated first: on an error nothing
    /// is added.</summary>
    /// <remarks>Fastest when a customer's rows are adjacent (a log sorted by customer: one lookup per customer, and
    /// room for the new customers is reserved up front) or in date order. A batch of 262,144 rows or more whose
    /// customers are scattered (customer changes on more than half the rows) is grouped by shard first, in a scratch
    /// buffer rented from <see cref="ArrayPool{T}.Shared"/> (about 32 bytes per row, at most 4,194,304 rows at a
    /// time), so that the tables of a log with many customers are visited one cache-sized shard at a time.</remarks>
    /// <exception cref="ArgumentException">A transaction is invalid or after the observation end (the message names
    /// the customer and the field).</exception>
    public void AddRange(ReadOnlySpan<CustomerTransaction<TCustomer>> transactions)
    {
        if (transactions.IsEmpty)
        {
            return;
        }

        var runStarts = ArrayPool<ulong>.Shared.Rent((transactions.Length + 63) >> 6);
        try
        {
            var runs = Validate(transactions, runStarts);

            // Runs of equal customers bound the new customers. Few runs (a log grouped by customer): reserve room
            // for them all. Many runs: the bound is loose, let the tables grow, and group a big batch by shard.
            var scattered = runs > transactions.Length / 2;
            ReserveCustomers(scattered ? 0 : runs);
            EnsureChainCapacity(transactions.Length);
            if (scattered && transactions.Length >= GroupingThreshold)
            {
                if (_shardMask == 0)
                {
                    Reshard();
                }

                ApplyGrouped(transactions, runStarts);
            }
            else
            {
                ApplyInOrder(transactions, runStarts);
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(runStarts);
        }

        _transactionCount += transactions.Length;
    }

    /// <summary>Adds a sequence of transactions (arrays and lists go straight to the span path). Atomic: on an
    /// error the builder is left as it was.</summary>
    /// <exception cref="ArgumentException">See <see cref="AddRange(ReadOnlySpan{CustomerTransaction{TCustomer}})"/>.</exception>
    public void AddRange(IEnumerable<CustomerTransaction<TCustomer>> transactions)
    {
        Guard.Against.Null(transactions);
        switch (transactions)
        {
            case CustomerTransaction<TCustomer>[] array:
                AddRange(array.AsSpan());
                return;
            case List<CustomerTransaction<TCustomer>> list:
                AddRange(CollectionsMarshal.AsSpan(list));
                return;
        }

        // A lazy sequence cannot be validated before it is read: read it into a scratch builder, then merge.
        var scratch = new CustomerSummaryBuilder<TCustomer>(Options);
        foreach (var t in transactions)
        {
            scratch.Add(t);
        }

        Merge(scratch);
    }

    /// <summary>The same as <see cref="AddRange(ReadOnlySpan{CustomerTransaction{TCustomer}})"/> (same result, same
    /// exceptions), for an array (no copy).</summary>
    /// <remarks>An array binds here under every C# version. Without this overload an array argument is ambiguous
    /// between the span and sequence overloads under C# 12, the default of a net8.0 app (CS0121).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="transactions"/> is <see langword="null"/>.</exception>
    public void AddRange(CustomerTransaction<TCustomer>[] transactions) =>
        AddRange(new ReadOnlySpan<CustomerTransaction<TCustomer>>(Guard.Against.Null(transactions)));
}
