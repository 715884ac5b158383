using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>
/// A customer's consent history: every <see cref="ConsentRecord"/>, ordered by instant, never overwritten. The
/// status for a channel and purpose at an instant is that of the latest record at or before it
/// (<see cref="ConsentStatus.NotAsked"/> if none).
/// </summary>
/// <remarks>When two records for the same channel and purpose share an instant, a withdrawal wins (the cautious
/// reading). Immutable and thread-safe; <see cref="Empty"/> is the ledger without records.</remarks>
public sealed class ConsentLedger
{
    [JsonConstructor]
    internal ConsentLedger(ImmutableArray<ConsentRecord> records)
    {
        if (records.IsDefault || records.Any(r => r is null))
        {
            throw new ArgumentException("records must be a non-default array without nulls.", nameof(records));
        }

        Records = [.. records.OrderBy(r => r.At).ThenBy(r => r.Status == ConsentStatus.Withdrawn ? 1 : 0)];
    }

    /// <summary>The ledger without records.</summary>
    public static ConsentLedger Empty { get; } = new([]);

    /// <summary>Every record, by instant (withdrawals after grants at the same instant).</summary>
    public ImmutableArray<ConsentRecord> Records { get; }

    /// <summary>Creates a ledger from records in any order.</summary>
    public static ConsentLedger Of(IEnumerable<ConsentRecord> records) => new([.. Guard.Against.Null(records)]);

    /// <summary>The ledger with one more record.</summary>
    public ConsentLedger Add(ConsentRecord record) => new(Records.Add(Guard.Against.Null(record)));

    /// <summary>The latest record for <paramref name="channel"/> and <paramref name="purpose"/> at or before <paramref name="asOf"/>; null if none.</summary>
    public ConsentRecord? LatestFor(Channel channel, ConsentPurpose purpose, Instant asOf)
    {
        for (var i = Records.Length - 1; i >= 0; i--)
        {
            var r = Records[i];
            if (r.At <= asOf && r.Channel == channel && r.Purpose == purpose)
            {
                return r;
            }
        }

        return null;
    }

    /// <summary>The status for <paramref name="channel"/> and <paramref name="purpose"/> as of <paramref name="asOf"/>:
    /// <see cref="ConsentStatus.Expired"/> when the latest record is a grant that lapsed at or before <paramref name="asOf"/>.</summary>
    /// <remarks>The status is that of the latest record whatever its <see cref="ConsentRecord.Basis"/>; see
    /// <see cref="LatestFor"/> for the basis.</remarks>
    public ConsentStatus StatusOf(Channel channel, ConsentPurpose purpose, Instant asOf) =>
        LatestFor(channel, purpose, asOf) switch
        {
            null => ConsentStatus.NotAsked,
            var r when r.HasLapsedAt(asOf) => ConsentStatus.Expired,
            var r => r.Status,
        };

    /// <summary>
    /// The grants for which the customer is to be asked again as of <paramref name="asOf"/>: per channel and purpose,
    /// the latest record at or before <paramref name="asOf"/> when it is a grant whose
    /// <see cref="ConsentRecord.RepermissionAt"/> has come, or which has lapsed. Ordered by channel, then purpose.
    /// </summary>
    public ImmutableArray<ConsentRecord> RepermissionDue(Instant asOf) =>
        [.. LatestRecords(asOf).Where(r => r.Status == ConsentStatus.Granted && (r.RepermissionAt <= asOf || r.HasLapsedAt(asOf)))];

    /// <summary>True when some channel and purpose rests on <paramref name="basis"/> as of <paramref name="asOf"/>: its
    /// latest record is a grant on that basis that has not lapsed (for instance, a <see cref="LawfulBasis.Contract"/>
    /// makes the person an existing customer for the soft opt-in).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is undefined.</exception>
    public bool HoldsBasis(LawfulBasis basis, Instant asOf)
    {
        Guard.Against.UndefinedEnum(basis, allowDefault: true);
        return LatestRecords(asOf).Any(r => r.Status == ConsentStatus.Granted && r.Basis == basis && !r.HasLapsedAt(asOf));
    }

    /// <summary>Every record of both ledgers (a record present in both appears once): nothing is lost in a merge.</summary>
    public ConsentLedger Union(ConsentLedger other) => new([.. Records.Union(Guard.Against.Null(other).Records)]);

    /// <summary>The ledger with every record anonymised (see <see cref="ConsentRecord.Anonymised"/>).</summary>
    public ConsentLedger Anonymised() => new([.. Records.Select(r => r.Anonymised())]);

    /// <inheritdoc />
    public override string ToString() => $"{Records.Length} consent records";

    /// <summary>The latest record per channel and purpose at or before <paramref name="asOf"/>, by channel then purpose.</summary>
    private IEnumerable<ConsentRecord> LatestRecords(Instant asOf) =>
        Records.Where(r => r.At <= asOf)
            .GroupBy(r => (r.Channel, r.Purpose))
            .Select(g => g.Last())
            .OrderBy(r => r.Channel).ThenBy(r => r.Purpose.Name, StringComparer.Ordinal);
}
