using System.Globalization;
using System.Text;
using Crm.Domain.Idic.Interact;
using Crm.Domain.Scoring;
using Crm.Domain.Specifications;

namespace Crm.Domain.Idic.Customize;

/// <summary>
/// One offer evaluated for one customer, with everything that explains the outcome: the eligibility tree, the
/// contact decision, and the expected-value breakdown.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class OfferEvaluation
{
    internal OfferEvaluation(Offer offer, OfferOutcome outcome, SpecificationResult eligibility, ContactDecision? contact, ScoreBreakdown? expectedValue)
    {
        Offer = offer;
        Outcome = outcome;
        Eligibility = eligibility;
        Contact = contact;
        ExpectedValue = expectedValue;
    }

    /// <summary>The offer.</summary>
    public Offer Offer { get; }

    /// <summary>What happened to it.</summary>
    public OfferOutcome Outcome { get; }

    /// <summary>The eligibility evaluation.</summary>
    public SpecificationResult Eligibility { get; }

    /// <summary>The contact decision (null when not eligible: not asked).</summary>
    public ContactDecision? Contact { get; }

    /// <summary>The expected value with its breakdown (null when not eligible or contact forbidden: not computed).</summary>
    public ScoreBreakdown? ExpectedValue { get; }

    /// <summary>Why: the outcome, the eligibility tree, the contact decision and the expected value's contributions.</summary>
    public string Explain()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{Offer.Name}: {Outcome} (priority {Offer.Priority})\n");
        sb.Append(Eligibility.Explain()).Append('\n');
        if (Contact is { } c)
        {
            sb.Append(c.Explain()).Append('\n');
        }

        if (ExpectedValue is { } ev)
        {
            sb.Append(CultureInfo.InvariantCulture, $"expected value {ev.Total}");
            foreach (var part in ev.Contributions)
            {
                sb.Append(CultureInfo.InvariantCulture, $"\n  {part.Rule}: {part.Contribution:0.###}");
            }
        }

        return sb.ToString().TrimEnd();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Offer.Name}: {Outcome}";
}
