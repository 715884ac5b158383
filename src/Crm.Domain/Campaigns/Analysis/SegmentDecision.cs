namespace Crm.Domain.Campaigns.Analysis;

/// <summary>The next-wave decision for one segment, with the reason in words and the evidence it rests on.</summary>
/// <param name="Segment">The segment.</param>
/// <param name="Decision">Keep, drop or test again.</param>
/// <param name="Reason">Why, with the figures (uplift, p-value, interval, ROI) that decided it.</param>
/// <param name="Evidence">The segment's analysis.</param>
public sealed record SegmentDecision(string Segment, WaveDecision Decision, string Reason, SegmentAnalysis Evidence);
