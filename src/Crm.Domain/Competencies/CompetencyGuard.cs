using System.Globalization;
using System.Text.RegularExpressions;

namespace Crm.Domain.Competencies;

/// <summary>Checks shared by the framework types; every message names the item (criterion, block, framework).</summary>
internal static partial class CompetencyGuard
{
    /// <summary>The longest identifier accepted.</summary>
    internal const int MaxIdLength = 64;

    /// <summary>An identifier: 1–64 characters of letters, digits, '.', '-', '_'; compared ordinally.</summary>
    internal static string Id(string? id, string what, string parameterName)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException($"A {what} id must not be null or blank; it was {(id is null ? "null" : $"'{id}'")}.", parameterName);
        }

        if (id.Length > MaxIdLength || !IdPattern().IsMatch(id))
        {
            throw new ArgumentException($"The {what} id '{id}' is invalid: ids are 1-{MaxIdLength} letters, digits, '.', '-' or '_'.", parameterName);
        }

        return id;
    }

    /// <summary>A non-blank title.</summary>
    internal static string Text(string? text, string what, string id, string parameterName) =>
        string.IsNullOrWhiteSpace(text)
            ? throw new ArgumentException($"The {parameterName} of {what} '{id}' must not be null or blank.", parameterName)
            : text;

    /// <summary>The largest weight accepted (keeps sums of weights finite).</summary>
    internal const double MaxWeight = 1e12;

    /// <summary>A weight: finite, strictly positive, at most <see cref="MaxWeight"/>.</summary>
    internal static double Weight(double weight, string what, string id, string parameterName = "weight") =>
        weight is > 0 and <= MaxWeight
            ? weight
            : throw new ArgumentOutOfRangeException(parameterName, weight, $"The weight of {what} '{id}' must be a finite number in (0, 1e12]; it was {weight.ToString(CultureInfo.InvariantCulture)}.");

    /// <summary>A defined enum value other than its <c>Unknown</c> default.</summary>
    internal static T Defined<T>(T value, string what, string id, string parameterName)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value) || Convert.ToInt32(value, CultureInfo.InvariantCulture) == 0)
        {
            var allowed = string.Join(", ", Enum.GetNames<T>().Skip(1));
            throw new ArgumentOutOfRangeException(parameterName, value, $"The {parameterName} of {what} '{id}' must be one of {allowed}; it was {value}.");
        }

        return value;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
