using System.Globalization;
using Crm.Domain.CustomerValue.Summaries;
using NodaTime;

namespace Crm.Domain.Benchmarks.CustomerValue.Summaries;

/// <summary>Reads ../shared/data/cdnow/cdnow_master.txt (relative to the repository root), found by walking up from
/// the current directory.</summary>
internal static class CdnowLog
{
    public static readonly LocalDate CalibrationEnd = new(1997, 9, 30);
    public static readonly LocalDate HoldoutEnd = new(1998, 6, 30);

    public static string FindMaster()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[]
                     {
                         Path.Combine(dir.FullName, "..", "shared", "data", "cdnow", "cdnow_master.txt"),
                         Path.Combine(dir.FullName, "shared", "data", "cdnow", "cdnow_master.txt"),
                     })
            {
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException("cdnow_master.txt not found above " + Environment.CurrentDirectory);
    }

    /// <summary>Whitespace separated, CRLF: customer_id date number_of_cds dollar_value.</summary>
    public static CustomerTransaction<int>[] ReadMaster() =>
        File.ReadLines(FindMaster())
            .Skip(1)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(f => f.Length == 4)
            .Select(f => CustomerTransaction<int>.Create(
                int.Parse(f[0], CultureInfo.InvariantCulture),
                new LocalDate(int.Parse(f[1].AsSpan(0, 4), CultureInfo.InvariantCulture), int.Parse(f[1].AsSpan(4, 2), CultureInfo.InvariantCulture), int.Parse(f[1].AsSpan(6, 2), CultureInfo.InvariantCulture)),
                double.Parse(f[3], CultureInfo.InvariantCulture)))
            .ToArray();
}
