using System.Globalization;

namespace Crm.Samples.ServiceDesk.Load;

/// <summary>The load run's settings, from the command line.</summary>
/// <param name="Clients">Concurrent HTTP clients (1–256).</param>
/// <param name="FlowsPerClient">Customer flows per client (1–100 000); each flow is four writes.</param>
/// <param name="Postgres">A PostgreSQL connection string; null: a new SQLite file in a temporary folder.</param>
/// <param name="SqlitePath">The SQLite file (null: a temporary one, deleted afterwards).</param>
public sealed record LoadOptions(int Clients, int FlowsPerClient, string? Postgres, string? SqlitePath)
{
    /// <summary>Usage text.</summary>
    public const string Usage = "usage: Crm.Samples.ServiceDesk.Load [--clients N] [--flows-per-client K] [--postgres \"<connection string>\"] [--db <sqlite file>]";

    /// <summary>Reads <paramref name="args"/>.</summary>
    /// <exception cref="ArgumentException">An unknown option, a missing value, or a count out of range.</exception>
    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var (clients, flows, postgres, db) = (8, 250, (string?)null, (string?)null);
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value. {Usage}", nameof(args));
            switch (args[i])
            {
                case "--clients": clients = Count(value, "--clients", 256); break;
                case "--flows-per-client": flows = Count(value, "--flows-per-client", 100_000); break;
                case "--postgres": postgres = value; break;
                case "--db": db = value; break;
                default: throw new ArgumentException($"Unknown option {args[i]}. {Usage}", nameof(args));
            }

            i++;
        }

        return new LoadOptions(clients, flows, postgres, db);
    }

    private static int Count(string text, string name, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= max
            ? n
            : throw new ArgumentException($"{name} must be a whole number in [1, {max}]; it was '{text}'.", name);
}
