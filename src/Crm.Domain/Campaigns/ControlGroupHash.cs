using Crm.Domain.Primitives;

namespace Crm.Domain.Campaigns;

/// <summary>
/// The deterministic hash that places customers in the hold-out control group: FNV-1a (64-bit) over the UTF-16 code
/// units of the customer identifier, started from the seed, then the SplitMix64 finaliser to spread the bits.
/// </summary>
/// <remarks>It is a pure function of (seed, identifier): the same on every machine, process and .NET version (unlike
/// <see cref="string.GetHashCode()"/>, which is randomised per process), and independent of the order of the
/// customers. It is not cryptographic: it only needs to be uniform and unrelated to anything about the customer.</remarks>
public static class ControlGroupHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>The 64-bit hash of <paramref name="customer"/> under <paramref name="seed"/>.</summary>
    public static ulong Of(ulong seed, CustomerId customer)
    {
        var h = FnvOffset ^ Mix(seed);
        foreach (var c in customer.Value)
        {
            h = (h ^ c) * FnvPrime;
        }

        return Mix(h);
    }

    // SplitMix64 finaliser (Steele, Lea & Flood 2014): a bijection on 64 bits with full avalanche.
    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
