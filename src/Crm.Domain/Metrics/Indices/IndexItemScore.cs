using System.Globalization;
using System.Text.Json.Serialization;

namespace Crm.Domain.Metrics.Indices;

/// <summary>One item's part of an <see cref="IndexResult"/>: its answers, mean rating and 0–100 score.</summary>
/// <remarks>Equality compares every member. Immutable and thread-safe.</remarks>
public readonly record struct IndexItemScore
{
    /// <summary>Creates an item score (the JSON constructor; <see cref="IndexResult"/> checks consistency).</summary>
    [JsonConstructor]
    public IndexItemScore(IndexItem item, long answers, double? meanRating, double? score)
    {
        Item = item;
        Answers = answers;
        MeanRating = meanRating;
        Score = score;
    }

    /// <summary>The item and its weight.</summary>
    public IndexItem Item { get; }

    /// <summary>How many respondents rated it.</summary>
    public long Answers { get; }

    /// <summary>The mean rating on the index's scale; null without answers.</summary>
    public double? MeanRating { get; }

    /// <summary>The mean rescaled to 0–100; null without answers.</summary>
    public double? Score { get; }

    /// <summary>Invariant text such as <c>Trust: 74.1 (n=120)</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Item.Name}: {(Score is { } s ? s.ToString("0.#", CultureInfo.InvariantCulture) : "no data")} (n={Answers})");
}
