using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Crm.Domain.Competencies;

/// <summary>
/// The parts of Buttle's CRM value chain (Buttle, "Customer Relationship Management: Concepts and Technologies"): five
/// primary stages and four supporting conditions, as the block ids of <see cref="CompetencyFrameworks.ButtleValueChain"/>
/// (so both parts are assessed, scored and gap-analysed like any framework block).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public static class ButtleValueChain
{
    /// <summary>The primary stages, in the chain's order: customer portfolio analysis, customer intimacy, network
    /// development, value proposition development, managing the customer lifecycle.</summary>
    public static ImmutableArray<string> PrimaryStageIds { get; } =
        ["portfolio-analysis", "customer-intimacy", "network-development", "value-proposition", "lifecycle"];

    /// <summary>The supporting conditions: leadership and culture, data and IT, people, processes.</summary>
    public static ImmutableArray<string> SupportingConditionIds { get; } = ["leadership-culture", "data-it", "people", "processes"];

    /// <summary>True if <paramref name="blockId"/> is one of the four supporting conditions; false for a primary stage.</summary>
    /// <exception cref="ArgumentException"><paramref name="blockId"/> is null, blank or not a block of the value chain.</exception>
    public static bool IsSupportingCondition(string blockId)
    {
        Guard.Against.NullOrWhiteSpace(blockId);
        if (SupportingConditionIds.Contains(blockId, StringComparer.Ordinal))
        {
            return true;
        }

        return PrimaryStageIds.Contains(blockId, StringComparer.Ordinal)
            ? false
            : throw new ArgumentException($"blockId must be a block of Buttle's value chain; it was '{blockId}'.", nameof(blockId));
    }
}
