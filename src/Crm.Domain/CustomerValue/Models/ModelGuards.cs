using System.Globalization;
using System.Runtime.CompilerServices;

namespace Crm.Domain.CustomerValue.Models;

/// <summary>Argument checks shared by the models' entry points.</summary>
internal static class ModelGuards
{
    /// <summary>Throws unless <paramref name="destination"/> has exactly one slot per customer.</summary>
    public static void SameLength(int customers, int destination, [CallerArgumentExpression(nameof(destination))] string? name = null)
    {
        if (customers != destination)
        {
            name = name?.Replace(".Length", string.Empty, StringComparison.Ordinal);
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name} must have one entry per customer ({customers}); it had {destination}."), name);
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is a finite number &gt; 0 (a model parameter).</summary>
    public static double Parameter(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value) || value <= 0d)
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must be a finite number > 0; it was {value}."));
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is a finite number ≥ 0 (a time window in periods).</summary>
    public static double Window(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value) || value < 0d)
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must be a finite number of periods >= 0; it was {value}."));
        }

        return value;
    }
}
