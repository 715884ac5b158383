using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
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

    /// <summary>The status for <paramref name="channel"/> and <paramref name="purpose"/> as of <paramref name="asOf"/>.</summary>
    public ConsentStatus StatusOf(Channel channel, ConsentPurpose purpose, Instant asOf) =>
        LatestFor(channel, purpose, asOf)?.Status ?? ConsentStatus.NotAsked;

    /// <summary>Every record of both ledgers (a record present in both appears once): nothing is lost in a merge.</summary>
    public ConsentLedger Union(ConsentLedger other) => new([.. Records.Union(Guard.Against.Null(other).Records)]);

    /// <summary>The ledger with every record anonymised (see <see cref="ConsentRecord.Anonymised"/>).</summary>
    public ConsentLedger Anonymised() => new([.. Records.Select(r => r.Anonymised())]);

    /// <inheritdoc />
    public override string ToString() => $"{Records.Length} consent records";
}
