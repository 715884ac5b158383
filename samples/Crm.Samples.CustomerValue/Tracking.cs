using System.Globalization;

namespace Crm.Samples.CustomerValue;

/// <summary>
/// The published CDNOW tracking numbers (Fader, Hardie &amp; Lee 2005, Figure 2) to print beside the library's
/// <c>TransactionTracking</c>; the tracking itself is the library's.
/// </summary>
public static class Tracking
{
    /// <summary>The second column (cumulative repeat transactions) of the published tracking file, one row per week.</summary>
    public static int[] ReadPublished(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => int.Parse(l.Split(',')[1], CultureInfo.InvariantCulture)).ToArray();
}
