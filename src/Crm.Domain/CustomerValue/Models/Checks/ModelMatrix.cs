using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;

namespace Crm.Domain.CustomerValue.Models.Checks;

/// <summary>
/// A model quantity over a grid of frequency x = 0 … <see cref="MaxFrequency"/> and recency t_x from 0 to the age T,
/// for customers of age T: the data behind lifetimes' <c>plot_frequency_recency_matrix</c> (expected transactions) and
/// <c>plot_probability_alive_matrix</c> (P(alive)).
/// </summary>
/// <remarks>
/// Row x, column j is the value at frequency x and recency <see cref="Recencies"/>[j]. A customer with x = 0 has no
/// recency (t_x = 0 by definition), so row 0 repeats the value at t_x = 0 in every column. Immutable and thread-safe.
/// </remarks>
public sealed class ModelMatrix
{
    private readonly ImmutableArray<double> _values;

    private ModelMatrix(int maxFrequency, double age, ImmutableArray<double> recencies, ImmutableArray<double> values)
    {
        MaxFrequency = maxFrequency;
        Age = age;
        Recencies = recencies;
        _values = values;
    }

    /// <summary>The largest frequency (rows are x = 0 … this).</summary>
    public int MaxFrequency { get; }

    /// <summary>The customers' age T, in periods.</summary>
    public double Age { get; }

    /// <summary>The recencies of the columns, evenly spaced from 0 to <see cref="Age"/>.</summary>
    public ImmutableArray<double> Recencies { get; }

    /// <summary>The value at frequency <paramref name="frequency"/> and column <paramref name="recencyIndex"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside the grid.</exception>
    public double this[int frequency, int recencyIndex]
    {
        get
        {
            Guard.Against.OutsideRange(frequency, 0, MaxFrequency);
            Guard.Against.OutsideRange(recencyIndex, 0, Recencies.Length - 1);
            return _values[(frequency * Recencies.Length) + recencyIndex];
        }
    }

    /// <summary>E[Y(t) | x, t_x, T] over the grid (lifetimes' frequency/recency matrix).</summary>
    /// <param name="model">The count model.</param>
    /// <param name="maxFrequency">The largest x (0 to 1,000).</param>
    /// <param name="age">T in periods (finite, &gt; 0).</param>
    /// <param name="columns">The number of recencies from 0 to T (2 to 1,000).</param>
    /// <param name="t">The prediction window in periods (finite, ≥ 0).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static ModelMatrix ExpectedTransactions<TModel>(in TModel model, int maxFrequency, double age, int columns, double t)
        where TModel : struct, ITransactionModel
    {
        Guard.Against.NegativeValue(t);
        return Build(model, maxFrequency, age, columns, t, expected: true);
    }

    /// <summary>P(alive | x, t_x, T) over the grid (lifetimes' probability-alive matrix).</summary>
    /// <param name="model">The count model.</param>
    /// <param name="maxFrequency">The largest x (0 to 1,000).</param>
    /// <param name="age">T in periods (finite, &gt; 0).</param>
    /// <param name="columns">The number of recencies from 0 to T (2 to 1,000).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static ModelMatrix ProbabilityAlive<TModel>(in TModel model, int maxFrequency, double age, int columns)
        where TModel : struct, ITransactionModel =>
        Build(model, maxFrequency, age, columns, 0d, expected: false);

    private static ModelMatrix Build<TModel>(in TModel model, int maxFrequency, double age, int columns, double t, bool expected)
        where TModel : struct, ITransactionModel
    {
        Guard.Against.OutsideRange(maxFrequency, 0, 1_000);
        Guard.Against.NotStrictlyPositive(age);
        Guard.Against.OutsideRange(columns, 2, 1_000);
        var recencies = new double[columns];
        for (int j = 0; j < columns; j++)
        {
            recencies[j] = j == columns - 1 ? age : age * j / (columns - 1);
        }

        var values = new double[(maxFrequency + 1) * columns];
        for (int x = 0; x <= maxFrequency; x++)
        {
            for (int j = 0; j < columns; j++)
            {
                var c = CustomerSummary.Create(x, x == 0 ? 0d : recencies[j], age);
                values[(x * columns) + j] = expected ? model.ExpectedTransactions(c, t) : model.ProbabilityAlive(c);
            }
        }

        return new ModelMatrix(maxFrequency, age, ImmutableArray.Create(recencies), ImmutableArray.Create(values));
    }
}
