using System.Collections.Immutable;

namespace Crm.Domain.PersonalData;

/// <summary>The result of <see cref="ErasurePlan.Execute"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ErasureResult
{
    internal ErasureResult(ErasurePlan plan, ImmutableArray<PersonalDataErasure> erasures, ImmutableArray<IPersonalDataHolder> holders)
    {
        Plan = plan;
        Erasures = erasures;
        Holders = holders;
    }

    /// <summary>The plan executed.</summary>
    public ErasurePlan Plan { get; }

    /// <summary>One per erased aggregate: the new aggregate and its erasure event.</summary>
    public ImmutableArray<PersonalDataErasure> Erasures { get; }

    /// <summary>Every holder given to the plan, in order, after the erasure (erased ones replaced).</summary>
    public ImmutableArray<IPersonalDataHolder> Holders { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Plan.RequestId}: {Erasures.Length} erased";
}
