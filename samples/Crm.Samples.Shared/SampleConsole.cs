using Spectre.Console;

namespace Crm.Samples.Shared;

/// <summary>Console set-up shared by the samples: colour only on a terminal, a width that never hard-wraps a pipe.</summary>
public static class SampleConsole
{
    /// <summary>
    /// Reads <c>--ci</c> from <paramref name="args"/> and configures <see cref="AnsiConsole"/>: no colour with
    /// <c>--ci</c> or when the output is redirected; the width from <c>COLUMNS</c> when set (so <c>COLUMNS=80</c>
    /// shows what an 80-column terminal gets), else 120 when piped, since Spectre would otherwise assume 80 and break
    /// every longer line of a log file.
    /// </summary>
    /// <returns>Whether <c>--ci</c> (the small, colour-free run) was given.</returns>
    public static bool Configure(string[] args)
    {
        var ci = args.Contains("--ci", StringComparer.OrdinalIgnoreCase);
        if (ci || Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Capabilities.ColorSystem = ColorSystem.NoColors;
            AnsiConsole.Profile.Capabilities.Ansi = false;
            AnsiConsole.Profile.Capabilities.Links = false;
        }

        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns >= 40)
        {
            AnsiConsole.Profile.Width = columns;
        }
        else if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 120;
        }

        return ci;
    }
}
