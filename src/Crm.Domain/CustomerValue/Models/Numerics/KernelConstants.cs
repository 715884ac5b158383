using System.Runtime.CompilerServices;

namespace Crm.Domain.CustomerValue.Models.Numerics;

/// <summary>
/// <see cref="Length"/> per-model constants of a lane kernel's series (the lane-independent factors of its terms),
/// computed once per kernel (per model and call) instead of once per vector of customers, stored inline (no heap
/// allocation). Each kernel fills it with the same expressions it would evaluate per term, so its bits do not change.
/// </summary>
[InlineArray(Length)]
internal struct KernelConstants
{
    /// <summary>The number of constants.</summary>
    public const int Length = 64;

#pragma warning disable IDE0044, IDE0051 // the element field of an inline array is accessed through the indexer
    private double _element0;
#pragma warning restore IDE0044, IDE0051
}
