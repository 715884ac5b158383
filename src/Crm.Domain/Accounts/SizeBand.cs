namespace Crm.Domain.Accounts;

/// <summary>An organisation's size by head count, in the bands of the EU SME definition (Commission Recommendation
/// 2003/361/EC, article 2: micro &lt; 10, small &lt; 50, medium &lt; 250 staff).</summary>
/// <remarks><c>default</c> is <see cref="Unknown"/> (allowed: the size is often not known yet).</remarks>
public enum SizeBand
{
    /// <summary>Not known.</summary>
    Unknown = 0,

    /// <summary>Fewer than 10 staff.</summary>
    Micro,

    /// <summary>10 to 49 staff.</summary>
    Small,

    /// <summary>50 to 249 staff.</summary>
    Medium,

    /// <summary>250 staff or more.</summary>
    Large,
}
