using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Retention;

/// <summary>The share of defections by defector type and by driver; shares are ratios over all defections.</summary>
/// <param name="Defections">How many defections.</param>
/// <param name="ByType">Each type's share, largest first (types with none are left out).</param>
/// <param name="ByDriver">Each driver's share, largest first (drivers with none are left out).</param>
public sealed record ChurnDriverReport(long Defections, ImmutableArray<KeyValuePair<DefectorType, Ratio>> ByType, ImmutableArray<KeyValuePair<ChurnDriver, Ratio>> ByDriver)
{
    /// <summary>How many defections; &gt;= 0 (checked when built and when read from JSON).</summary>
    public long Defections { get; } = Guard.Against.NegativeValue(Defections);

    /// <summary>The key churn drivers: the fewest drivers that together explain at least <paramref name="share"/> of defections (a Pareto cut).</summary>
    public ImmutableArray<ChurnDriver> KeyDrivers(Probability share)
    {
        var builder = ImmutableArray.CreateBuilder<ChurnDriver>();
        long covered = 0;
        foreach (var (driver, ratio) in ByDriver)
        {
            if (Defections == 0 || covered >= share.Value * Defections)
            {
                break;
            }

            builder.Add(driver);
            covered += ratio.Numerator;
        }

        return builder.ToImmutable();
    }
}
