namespace Crm.Domain.Sales;

/// <summary>The period of a pipeline forecast.</summary>
/// <remarks><c>default</c> is <see cref="Month"/>.</remarks>
public enum ForecastGranularity
{
    /// <summary>Calendar months.</summary>
    Month = 0,

    /// <summary>Calendar quarters (January–March, ...).</summary>
    Quarter,
}
