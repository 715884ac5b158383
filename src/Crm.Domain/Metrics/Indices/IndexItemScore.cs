using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.Metrics.Indices;

/// <summary>One item's part of an <see cref="IndexResult"/>: its answers, mean rating and 0–100 score.</summary>
/// <remarks>Equality compares every member. Immutable and thread-safe.</remarks>
public readonly record struct IndexItemScore
{
    /// <summary>Creates an item score (the JSON constructor; <see cref="IndexResult"/> checks consistency).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="answers"/> is negative, or
    /// <paramref name="meanRating"/> or <paramref name="score"/> is NaN or infinite.</exception>
    [JsonConstructor]
    public IndexItemScore(IndexItem item, long answers, double? meanRating, double? score)
    {
        Item = item;
        Answers = Guard.Against.NegativeValue(answers);
        MeanRating = Guard.Against.NonFinite(meanRating);
        Score = Guard.Against.NonFinite(score);
    }

    /// <summary>The item and its weight.</summary>
    public IndexItem Item { get; }

    /// <summary>How many respondents rated it (&gt;= 0).</summary>
    public long Answers { get; }

    /// <summary>The mean rating on the index's scale (finite); null without answers.</summary>
    public double? MeanRating { get; }

    /// <summary>The mean rescaled to 0–100 (finite); null without answers.</summary>
    public double? Score { get; }

    /// <summary>Invariant text such as <c>Trust: 74.1 (n=120)</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Item.Name}: {(Score is { } s ? s.ToString("0.#", CultureInfo.InvariantCulture) : "no data")} (n={Answers})");
}
