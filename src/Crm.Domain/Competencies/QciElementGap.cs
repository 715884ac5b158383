using System.Globalization;

namespace Crm.Domain.Competencies;

/// <summary>
/// One QCi element's intention-versus-reality gap (see <see cref="QciGapReport"/>): the index (0–100) of its intention
/// criterion (what is planned, documented and resourced), of its reality criterion (what the evidence shows happens),
/// and the gap intention − reality in index points (25 points = one maturity level), explained.
/// </summary>
/// <remarks>Built only by <see cref="QciGapReport.Of(MaturityProfile)"/>; every number is finite. Immutable and thread-safe.</remarks>
public sealed class QciElementGap
{
    internal QciElementGap(string elementId, string title, double? intention, double? reality)
    {
        ElementId = elementId;
        Title = title;
        Intention = intention;
        Reality = reality;
        Gap = intention is { } i && reality is { } r ? i - r : null;
        Explanation = Explain(intention, reality, Gap);
    }

    /// <summary>The element's block id (e.g. <c>analysis-planning</c>).</summary>
    public string ElementId { get; }

    /// <summary>The element's title.</summary>
    public string Title { get; }

    /// <summary>The intention criterion's index, 0–100; null when unrated.</summary>
    public double? Intention { get; }

    /// <summary>The reality criterion's index, 0–100; null when unrated.</summary>
    public double? Reality { get; }

    /// <summary>Intention − reality, −100 to 100 index points: positive when practice lags the plan; null unless both are rated.</summary>
    public double? Gap { get; }

    /// <summary>What the gap means, in words.</summary>
    public string Explanation { get; }

    /// <summary>Invariant text such as <c>analysis-planning: intention 75, reality 25, gap 50 (…)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{ElementId}: intention {Intention?.ToString("0.#", CultureInfo.InvariantCulture) ?? "unrated"}, reality {Reality?.ToString("0.#", CultureInfo.InvariantCulture) ?? "unrated"} ({Explanation})");

    private static string Explain(double? intention, double? reality, double? gap) => (intention, reality, gap) switch
    {
        (null, null, _) => "not assessed: neither intention nor reality is rated",
        (null, _, _) => "half assessed: the intention is not rated",
        (_, null, _) => "half assessed: the reality is not rated",
        (_, _, > 0) => string.Create(CultureInfo.InvariantCulture,
            $"reality lags intention by {gap:0.#} points ({Levels(gap!.Value)}): what is planned is not yet what happens"),
        (_, _, < 0) => string.Create(CultureInfo.InvariantCulture,
            $"reality is ahead of intention by {-gap:0.#} points ({Levels(-gap!.Value)}): practice runs ahead of what is planned and documented"),
        _ => "intention and reality agree",
    };

    // 25 index points are one maturity level.
    private static string Levels(double points) => points == 25d
        ? "1 level"
        : string.Create(CultureInfo.InvariantCulture, $"{points / 25d:0.##} levels");
}
