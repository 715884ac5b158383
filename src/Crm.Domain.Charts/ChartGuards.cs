namespace Crm.Domain.Charts;

/// <summary>Checks of the plain-array inputs: no NaN or infinity reaches a chart, series have matching lengths.</summary>
internal static class ChartGuards
{
    internal static double[] Finite(IReadOnlyList<double> values, string parameterName, bool allowNegative = true)
    {
        ArgumentNullException.ThrowIfNull(values, parameterName);
        var copy = new double[values.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            var v = values[i];
            if (!double.IsFinite(v) || (!allowNegative && v < 0d))
            {
                throw new ArgumentOutOfRangeException(parameterName, v, $"{parameterName}[{i}] must be a finite number{(allowNegative ? string.Empty : " >= 0")}; it was {v}.");
            }

            copy[i] = v;
        }

        return copy;
    }

    internal static void SameLength(int expected, int actual, string parameterName, string what)
    {
        if (expected != actual)
        {
            throw new ArgumentException($"{parameterName} must have one value per {what} ({expected}); it has {actual}.", parameterName);
        }
    }

    internal static void NotEmpty(int count, string parameterName, string what)
    {
        if (count == 0)
        {
            throw new ArgumentException($"{parameterName} must hold at least one {what}; it is empty.", parameterName);
        }
    }

    internal static List<(string Name, double[] Values)> Models(IReadOnlyList<ModelSeries> models, int count, string parameterName, string what, bool allowNegative)
    {
        ArgumentNullException.ThrowIfNull(models, parameterName);
        var result = new List<(string, double[])>(models.Count);
        for (var m = 0; m < models.Count; m++)
        {
            var model = models[m] ?? throw new ArgumentException($"{parameterName}[{m}] is null.", parameterName);
            ArgumentException.ThrowIfNullOrWhiteSpace(model.Name, parameterName);
            var values = Finite(model.Values, $"{parameterName}[{m}].Values", allowNegative);
            SameLength(count, values.Length, $"{parameterName}[{m}].Values", what);
            result.Add((model.Name, values));
        }

        return result;
    }

    /// <summary>Named inputs, e.g. one check per model: at least one, each with a name and a value.</summary>
    internal static List<KeyValuePair<string, T>> Named<T>(IReadOnlyList<KeyValuePair<string, T>> checks, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(checks, parameterName);
        NotEmpty(checks.Count, parameterName, "check");
        for (var i = 0; i < checks.Count; i++)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(checks[i].Key, parameterName);
            if (checks[i].Value is null)
            {
                throw new ArgumentException($"{parameterName}[{i}] (\"{checks[i].Key}\") has no check.", parameterName);
            }
        }

        return [.. checks];
    }
}
