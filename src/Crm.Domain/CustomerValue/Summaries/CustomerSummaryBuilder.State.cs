using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using NodaTime;

namespace Crm.Domain.CustomerValue.Summaries;

/// <content>The partial state: written out, and rebuilt without replaying transactions.</content>
public sealed partial class CustomerSummaryBuilder<TCustomer>
{
    /// <summary>Everything this builder keeps (a snapshot; the builder is not changed and can keep accumulating), to
    /// store a partial result or ship it to another worker and <see cref="Merge"/> it there after
    /// <see cref="FromState"/>.</summary>
    public CustomerSummaryBuilderState<TCustomer> ToState()
    {
        var entries = ImmutableArray.CreateBuilder<CustomerSummaryBuilderEntry<TCustomer>>(_customerCount);
        var codes = new List<int>();
        foreach (var shard in _shards)
        {
            if (shard is null)
            {
                continue;
            }

            foreach (var (key, s) in shard)
            {
                codes.Clear();
                for (var e = s.Tail; e >= 0; e = _chainPrevious[e])
                {
                    codes.Add(_chainCode[e]);
                }

                // The chain is a multiset in any order: the state keeps the set, sorted.
                codes.Sort();
                var occasions = ImmutableArray.CreateBuilder<CustomerSummaryOccasion>(codes.Count);
                for (var i = 0; i < codes.Count; i++)
                {
                    if (i == 0 || codes[i] != codes[i - 1])
                    {
                        occasions.Add(new CustomerSummaryOccasion(codes[i] >> 1, (codes[i] & 1) != 0));
                    }
                }

                entries.Add(new CustomerSummaryBuilderEntry<TCustomer>(
                    key.Customer,
                    s.Sums.MinCalibrationDay == int.MaxValue ? null : SummaryTime.FromDayNumber(s.Sums.MinCalibrationDay),
                    s.Sums.FirstSpend,
                    s.Sums.CalibrationSpend,
                    s.Sums.HoldoutSpend,
                    occasions.DrainToImmutable()));
            }
        }

        return new CustomerSummaryBuilderState<TCustomer>(
            CustomerSummaryBuilderState<TCustomer>.CurrentSchemaVersion, Options, _transactionCount, entries.DrainToImmutable());
    }

    /// <summary>Rebuilds a builder from its state, after checking that adding transactions could have reached it.
    /// Spends are taken as stored (not re-summed), so the rebuilt builder builds exactly the original's rows.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="state"/>, its options or an entry is null.</exception>
    /// <exception cref="ArgumentException">The state breaks a rule of <see cref="CustomerSummaryBuilderState{TCustomer}"/>
    /// or <see cref="CustomerSummaryBuilderEntry{TCustomer}"/> (an unknown schema version, a negative or non-finite
    /// spend, a first spend above its side's spend, occasions out of order, after the observation end or on the wrong
    /// side of the calibration end, a key twice, fewer transactions than occasions); the message names the customer,
    /// the member and the allowed range.</exception>
    public static CustomerSummaryBuilder<TCustomer> FromState(CustomerSummaryBuilderState<TCustomer> state)
    {
        Guard.Against.Null(state);
        var version = CustomerSummaryBuilderState<TCustomer>.CurrentSchemaVersion;
        Guard.Against.OutsideRange(state.SchemaVersion, version, version, "state.SchemaVersion");
        var options = Guard.Against.Null(state.Options, "state.Options");
        var customers = Guard.Against.DefaultArray(state.Customers, "state.Customers");
        Guard.Against.NegativeValue(state.TransactionCount, "state.TransactionCount");

        // A fresh builder that only escapes once every entry passed: a refused state leaves nothing half-built.
        var builder = new CustomerSummaryBuilder<TCustomer>(options, customers.Length);
        long occasions = 0;
        foreach (var entry in customers)
        {
            Guard.Against.Null(entry, "state.Customers");
            var restored = builder.Restore(entry);
            occasions += entry.Occasions.Length;
            ref var s = ref builder.Find(entry.Customer, ShardKey<TCustomer>.HashOf(entry.Customer), out var exists);
            if (exists)
            {
                throw new ArgumentException($"state.Customers holds customer {entry.Customer} twice; each customer has one entry.", nameof(state));
            }

            s = restored;
        }

        if (state.TransactionCount < occasions)
        {
            throw new ArgumentException(
                $"state.TransactionCount was {state.TransactionCount}; it must be at least the number of occasions, {occasions}.", nameof(state));
        }

        builder._transactionCount = state.TransactionCount;
        return builder;
    }

    /// <summary>Checks one entry against this builder's options and links its occasions (in order, so the customer
    /// is not marked unsorted).</summary>
    private CustomerState Restore(CustomerSummaryBuilderEntry<TCustomer> entry)
    {
        var customer = Guard.Against.NullOrDefaultKey(entry.Customer, "state.Customers.Customer");
        var occasions = Guard.Against.DefaultArray(entry.Occasions, "state.Customers.Occasions");
        foreach (var spend in (ReadOnlySpan<double>)[entry.FirstSpend, entry.CalibrationSpend, entry.HoldoutSpend])
        {
            Guard.Against.NegativeValueOf(spend, "customer", customer, "state.Customers.Spend");
        }

        if (occasions.IsEmpty)
        {
            throw Refused(customer, "Occasions", "[]", "at least one occasion");
        }

        var s = CustomerState.Empty;
        var observationEndKey = SummaryTime.Key(_observationEnd, _period, Options.Merging);
        var firstHoldoutKey = _observationEndDay > _calibrationEndDay
            ? SummaryTime.Key(Options.CalibrationEnd.PlusDays(1), _period, Options.Merging)
            : int.MaxValue;
        foreach (var o in occasions)
        {
            var (low, high) = o.Holdout ? (firstHoldoutKey, observationEndKey) : (0, _calibrationEndKey);
            if (o.Key < low || o.Key > high)
            {
                throw Refused(customer, "Occasions.Key", o, $"[{low}, {high}] for {(o.Holdout ? "a holdout" : "a calibration")} occasion");
            }

            var code = (o.Key << 1) | (o.Holdout ? 1 : 0);
            if (code <= s.Sums.LastCode)
            {
                throw Refused(customer, "Occasions", o, "after the occasion before it (increasing, no repeats)");
            }

            s.Tail = Link(s.Tail, code);
            s.Head = s.Head < 0 ? s.Tail : s.Head;
            s.Sums.FirstCode = Math.Min(s.Sums.FirstCode, code);
            s.Sums.LastCode = code;
            if (o.Holdout)
            {
                s.Sums.HoldoutDistinct++;
            }
            else
            {
                s.Sums.CalibrationDistinct++;
                s.Sums.MaxCalibrationKey = o.Key;
            }
        }

        s.Sums.FirstSpend = entry.FirstSpend;
        s.Sums.CalibrationSpend = entry.CalibrationSpend;
        s.Sums.HoldoutSpend = entry.HoldoutSpend;
        var firstSideSpend = (s.Sums.FirstCode & 1) != 0 ? s.Sums.HoldoutSpend : s.Sums.CalibrationSpend;
        if (s.Sums.FirstSpend > firstSideSpend)
        {
            throw Refused(customer, "FirstSpend", s.Sums.FirstSpend, $"at most the spend of its side, {firstSideSpend}");
        }

        if (s.Sums.CalibrationDistinct == 0 && s.Sums.CalibrationSpend != 0)
        {
            throw Refused(customer, "CalibrationSpend", s.Sums.CalibrationSpend, "0 without calibration occasions");
        }

        if (s.Sums.HoldoutDistinct == 0 && s.Sums.HoldoutSpend != 0)
        {
            throw Refused(customer, "HoldoutSpend", s.Sums.HoldoutSpend, "0 without holdout occasions");
        }

        s.Sums.MinCalibrationDay = FirstCalibrationDay(customer, entry.FirstCalibrationDate, s);
        return s;
    }

    /// <summary>The day number of the first calibration date, which must fall in the first calibration occasion (and
    /// be absent without one).</summary>
    private int FirstCalibrationDay(TCustomer customer, LocalDate? date, in CustomerState s)
    {
        if (s.Sums.CalibrationDistinct == 0)
        {
            return date is null ? int.MaxValue : throw Refused(customer, "FirstCalibrationDate", date, "null without calibration occasions");
        }

        var firstKey = s.Sums.FirstCode >> 1;
        if (date is not { } d || SummaryTime.Key(SummaryTime.ToIso(d), _period, Options.Merging) != firstKey
            || SummaryTime.ToIso(d) > Options.CalibrationEnd)
        {
            throw Refused(customer, "FirstCalibrationDate", date?.ToString() ?? "null", $"a date of the first calibration occasion (key {firstKey}) up to the calibration end");
        }

        return SummaryTime.DayNumber(SummaryTime.ToIso(d));
    }

    private static ArgumentException Refused(TCustomer customer, string member, object? value, string allowed) =>
        new($"state.Customers.{member} of customer {customer} was {value}; it must be {allowed}.");
}
