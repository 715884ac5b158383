using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace Crm.Domain.Competencies;

/// <summary>
/// QCi's intention-versus-reality gap report (Woodcock, Stone and Foss): for each of the eight elements of
/// <see cref="CompetencyFrameworks.Qci"/>, how far what actually happens (the <c>.reality</c> criterion) falls short of
/// (or runs ahead of) what is intended (the <c>.intention</c> criterion), from a scored assessment, explained.
/// </summary>
/// <remarks>
/// <para>Indexes are <see cref="MaturityProfile"/>'s criterion indexes (mean level − 1) × 25, so a gap of 25 points is
/// one maturity level. An element with either criterion unrated has no gap and is left out of <see cref="MeanGap"/>
/// and <see cref="Widest"/>.</para>
/// <para>Equality is by reference. Immutable and thread-safe.</para>
/// </remarks>
public sealed class QciGapReport
{
    private QciGapReport(string organisation, LocalDate assessedOn, ImmutableArray<QciElementGap> elements)
    {
        Organisation = organisation;
        AssessedOn = assessedOn;
        Elements = elements;
        var gaps = elements.Where(e => e.Gap.HasValue).Select(e => e.Gap!.Value).ToList();
        MeanGap = gaps.Count == 0 ? null : gaps.Average();
        Widest = elements.Where(e => e.Gap > 0).OrderByDescending(e => e.Gap).FirstOrDefault();
    }

    /// <summary>The organisation assessed.</summary>
    public string Organisation { get; }

    /// <summary>The date of the assessment.</summary>
    public LocalDate AssessedOn { get; }

    /// <summary>One gap per element, in the framework's order.</summary>
    public ImmutableArray<QciElementGap> Elements { get; }

    /// <summary>The mean gap over the elements with both criteria rated, −100 to 100; null when none is.</summary>
    public double? MeanGap { get; }

    /// <summary>The element whose reality lags its intention the most (the first in framework order on a tie); null
    /// when no reality lags.</summary>
    public QciElementGap? Widest { get; }

    /// <summary>The report of a scored QCi assessment.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException">The profile is not on the QCi framework (<see cref="CompetencyFrameworks.QciId"/>),
    /// or an element lacks its <c>.intention</c> or <c>.reality</c> criterion.</exception>
    public static QciGapReport Of(MaturityProfile profile)
    {
        Guard.Against.Null(profile);
        var framework = profile.Framework;
        if (!string.Equals(framework.Id, CompetencyFrameworks.QciId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"profile must be on the QCi framework ({CompetencyFrameworks.QciId}); it was on {framework.Id}.", nameof(profile));
        }

        var index = profile.Criteria.ToDictionary(c => c.CriterionId, c => c.Index, StringComparer.Ordinal);
        double? IndexOf(string blockId, string part) => index.TryGetValue($"{blockId}.{part}", out var value)
            ? value
            : throw new ArgumentException($"profile's QCi element '{blockId}' has no '{blockId}.{part}' criterion.", nameof(profile));

        return new QciGapReport(profile.Organisation, profile.AssessedOn,
            [.. framework.Blocks.Select(b => new QciElementGap(b.Id, b.Title, IndexOf(b.Id, "intention"), IndexOf(b.Id, "reality")))]);
    }

    /// <summary>The report of a QCi assessment, scored with <see cref="Assessment.Score"/>'s defaults.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="ArgumentException">The assessment is not on the QCi framework.</exception>
    public static QciGapReport Of(Assessment assessment) => Of(Guard.Against.Null(assessment).Score());

    /// <inheritdoc />
    public override string ToString() =>
        $"QCi intention vs reality, {AssessedOn:uuuu-MM-dd}: {Elements.Count(e => e.Gap.HasValue)} of {Elements.Length} elements rated";
}
