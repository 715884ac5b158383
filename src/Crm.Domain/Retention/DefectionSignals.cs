namespace Crm.Domain.Retention;

/// <summary>Which warnings raised a defection risk (flags).</summary>
/// <remarks><c>default</c> is <see cref="None"/>.</remarks>
[Flags]
public enum DefectionSignals
{
    /// <summary>No warning.</summary>
    None = 0,

    /// <summary>Silent beyond the customer's own expected inter-purchase time (times the policy's multiplier).</summary>
    Silent = 1,

    /// <summary>P(alive) under the policy's threshold.</summary>
    LowPAlive = 2,
}
