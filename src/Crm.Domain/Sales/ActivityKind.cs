namespace Crm.Domain.Sales;

/// <summary>The kinds of sales activity.</summary>
/// <remarks><c>default</c> is <see cref="Unknown"/>, which is refused.</remarks>
public enum ActivityKind
{
    /// <summary>Not recorded; refused.</summary>
    Unknown = 0,

    /// <summary>A telephone call.</summary>
    Call,

    /// <summary>A meeting (on site or online).</summary>
    Meeting,

    /// <summary>An e-mail.</summary>
    Email,

    /// <summary>A visit to the customer's premises.</summary>
    Visit,
}
