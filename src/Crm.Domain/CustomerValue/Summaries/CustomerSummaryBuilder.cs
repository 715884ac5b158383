using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
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
/// <para>Amounts are summed in <see cref="double"/>: with non-integral amounts a merged result may differ from a
/// single pass in the last bits of m_x and the holdout spend (integral amounts are exact up to 2^53).</para>
/// <para><b>Errors.</b> A transaction after <see cref="SummaryOptions.ObservationEnd"/>, a negative or non-finite
/// amount, or a null / default customer key throws an <see cref="ArgumentException"/> naming the customer and the
/// field, before the builder changes (the batch methods validate the whole batch first).</para>
/// <para>This is the library's mutable builder: not thread-safe. Use one builder per thread or partition and
/// <see cref="Merge"/> them.</para>
/// </remarks>
public sealed partial class CustomerSummaryBuilder<TCustomer>
    where TCustomer : notnull, IEquatable<TCustomer>
{
    private readonly Dictionary<TCustomer, CustomerState> _states;
    private readonly LocalDate _observationEnd;
    private readonly int _calibrationEndDay;
    private readonly int _calibrationEndKey;
    private readonly bool _sameDay;
    private readonly SummaryPeriod _period;
    private int[] _chainCode = [];
    private int[] _chainPrevious = [];
    private int _chainCount;
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
        Guard.Against.Negative(expectedCustomers);
        _states = new Dictionary<TCustomer, CustomerState>(expectedCustomers);
        _observationEnd = options.ObservationEnd;
        _calibrationEndDay = SummaryTime.DayNumber(options.CalibrationEnd);
        _calibrationEndKey = SummaryTime.Key(options.CalibrationEnd, options.Period, options.Merging);
        _sameDay = options.Merging == TransactionMerging.SameDay || options.Period == SummaryPeriod.Day;
        _period = options.Period;
    }

    /// <summary>The options of this builder.</summary>
    public SummaryOptions Options { get; }

    /// <summary>The number of raw transactions added (before merging same-day ones).</summary>
    public long TransactionCount => _transactionCount;

    /// <summary>The number of distinct customers seen (including those first seen in the holdout).</summary>
    public int CustomerCount => _states.Count;

    /// <summary>Adds one transaction on a business date.</summary>
    /// <exception cref="ArgumentException">Bad customer key, negative or non-finite amount, or a date after the
    /// observation end (the message names the customer).</exception>
    public void Add(TCustomer customer, LocalDate date, double amount)
    {
        SummaryGuards.Customer(customer);
        SummaryGuards.Amount(customer, amount);
        date = SummaryTime.ToIso(date);
        SummaryGuards.NotAfterEnd(customer, date, _observationEnd);
        AddCore(customer, date, amount);
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
    /// <exception cref="ArgumentException">A transaction is invalid or after the observation end (the message names
    /// the customer and the field).</exception>
    public void AddRange(ReadOnlySpan<CustomerTransaction<TCustomer>> transactions)
    {
        var end = _observationEnd;
        foreach (ref readonly var t in transactions)
        {
            SummaryGuards.Customer(t.Customer);
            SummaryGuards.Amount(t.Customer, t.Amount);
            SummaryGuards.NotAfterEnd(t.Customer, t.Date, end);
        }

        foreach (ref readonly var t in transactions)
        {
            AddCore(t.Customer, t.Date, t.Amount);
        }
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddCore(TCustomer customer, LocalDate date, double amount)
    {
        var day = SummaryTime.DayNumber(date);
        var holdout = day > _calibrationEndDay;
        var key = _sameDay ? day : (_period == SummaryPeriod.Week ? day / 7 : (date.Year * 12) + date.Month - 1);
        var code = (key << 1) | (holdout ? 1 : 0);
        _transactionCount++;

        // The state lives inside the dictionary entry: one lookup, no second array to miss in the cache.
        ref var s = ref CollectionsMarshal.GetValueRefOrAddDefault(_states, customer, out var exists);
        if (!exists)
        {
            s = CustomerState.Empty;
            s.MinCode = code;
            s.LastCode = code;
            s.FirstSpend = amount;
            s.Tail = Link(-1, code);
            if (holdout)
            {
                s.HoldoutSpend = amount;
                s.HoldoutDistinct = 1;
            }
            else
            {
                s.CalibrationSpend = amount;
                s.CalibrationDistinct = 1;
                s.MaxCalibrationKey = key;
                s.MinCalibrationDay = day;
            }

            return;
        }

        if (holdout)
        {
            s.HoldoutSpend += amount;
        }
        else
        {
            s.CalibrationSpend += amount;
            s.MaxCalibrationKey = Math.Max(s.MaxCalibrationKey, key);
            s.MinCalibrationDay = Math.Min(s.MinCalibrationDay, day);
        }

        if (code < s.MinCode)
        {
            s.MinCode = code;
            s.FirstSpend = amount;
        }
        else if (code == s.MinCode)
        {
            s.FirstSpend += amount;
        }

        if (code > s.LastCode)
        {
            // The common case for a date-ordered log: a new occasion after all earlier ones.
            s.LastCode = code;
            s.Tail = Link(s.Tail, code);
            if (holdout)
            {
                s.HoldoutDistinct++;
            }
            else
            {
                s.CalibrationDistinct++;
            }
        }
        else if (code < s.LastCode)
        {
            // Out of order: keep the occasion (it may repeat one already kept) and deduplicate in Build.
            s.Tail = Link(s.Tail, code);
            s.Unsorted = true;
        }
    }

    private int AppendEntry(int code)
    {
        if (_chainCount == _chainCode.Length)
        {
            var size = Math.Max(64, _chainCount * 2);
            Array.Resize(ref _chainCode, size);
            Array.Resize(ref _chainPrevious, size);
        }

        var entry = _chainCount++;
        _chainCode[entry] = code;
        return entry;
    }

    /// <summary>Appends an occasion to a customer's chain, which links backwards (each entry names the previous one),
    /// so that appending only writes at the end of the arrays.</summary>
    private int Link(int tail, int code)
    {
        var entry = AppendEntry(code);
        _chainPrevious[entry] = tail;
        return entry;
    }

    /// <summary>One customer's mergeable state. Codes are <c>(key &lt;&lt; 1) | isHoldout</c>, where the key is the
    /// day number (or period index): their order is date order, and a period split by the calibration end gives two
    /// codes.</summary>
    private struct CustomerState
    {
        public static CustomerState Empty => new()
        {
            MinCode = int.MaxValue,
            LastCode = int.MinValue,
            MaxCalibrationKey = int.MinValue,
            MinCalibrationDay = int.MaxValue,
            Tail = -1,
        };

        public int MinCode;
        public int LastCode;
        public int MaxCalibrationKey;
        public int MinCalibrationDay;
        public int CalibrationDistinct;
        public int HoldoutDistinct;
        public int Tail;
        public bool Unsorted;
        public double FirstSpend;
        public double CalibrationSpend;
        public double HoldoutSpend;
    }
}
