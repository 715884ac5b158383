using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Sales;

/// <summary>The probability that an opportunity at each stage closes as won: the weights of the pipeline forecast.</summary>
/// <remarks>Won is always 1 and lost always 0; the open stages are the caller's (usually from the win rates of past
/// opportunities). <see cref="Default"/> uses the common 10 / 25 / 50 / 75 %. Immutable and thread-safe.</remarks>
public sealed class StageProbabilities
{
    private readonly ImmutableArray<Probability> _byStage;

    private StageProbabilities(ImmutableArray<Probability> byStage) => _byStage = byStage;

    /// <summary>Prospecting 10 %, qualification 25 %, proposal 50 %, negotiation 75 %.</summary>
    public static StageProbabilities Default { get; } = Create(Probability.Of(0.10), Probability.Of(0.25), Probability.Of(0.50), Probability.Of(0.75));

    /// <summary>Creates the table from the four open stages' probabilities.</summary>
    public static StageProbabilities Create(Probability prospecting, Probability qualification, Probability proposal, Probability negotiation) =>
        new([prospecting, qualification, proposal, negotiation, Probability.One, Probability.Zero]);

    /// <summary>The probability of winning from <paramref name="stage"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not a defined stage.</exception>
    public Probability Of(OpportunityStage stage)
    {
        Guard.Against.UndefinedEnum(stage, allowDefault: true);
        return _byStage[(int)stage];
    }
}
