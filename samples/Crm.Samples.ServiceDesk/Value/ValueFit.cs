using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.Serialization;
using Crm.Samples.ServiceDesk.Storage;
using NodaTime;

namespace Crm.Samples.ServiceDesk.Value;

/// <summary>A stored customer-value fit, as the API answers it.</summary>
/// <param name="Id">The fit's id.</param>
/// <param name="FittedAt">When it ran.</param>
/// <param name="CalibrationEnd">Purchases up to this day were fitted.</param>
/// <param name="HorizonWeeks">The horizon of the stored expected purchases, in weeks.</param>
/// <param name="Customers">Customers fitted (and scored).</param>
/// <param name="Model">The fitted BG/NBD parameters (r, alpha, a, b).</param>
/// <param name="LogLikelihood">The log-likelihood at the optimum.</param>
/// <param name="Converged">Whether the optimiser converged.</param>
public sealed record ValueFit(long Id, Instant FittedAt, LocalDate CalibrationEnd, double HorizonWeeks, int Customers, BgNbdModel Model, double LogLikelihood, bool Converged)
{
    /// <summary>The fit stored in <paramref name="row"/>.</summary>
    public static ValueFit Of(ValueFitRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Id, row.FittedAt, IsoDay.Parse(row.CalibrationEnd, "calibrationEnd"), row.HorizonWeeks, row.Customers,
            CrmJson.Deserialize<BgNbdModel>(row.Model), row.LogLikelihood, row.Converged);
    }
}
