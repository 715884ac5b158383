using System.Globalization;
using Crm.Domain.CustomerValue.Summaries;
using NodaTime;

namespace Crm.Samples.CustomerValue;

/// <summary>Reads cdnow_elog.csv (masterid,sampleid,date,cds,sales) as transactions keyed by the sample id.</summary>
public static class CdnowLog
{
    public static CustomerTransaction<int>[] Read(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            var f = line.Split(',');
            var d = f[2];
            var date = new LocalDate(int.Parse(d[..4], CultureInfo.InvariantCulture), int.Parse(d[4..6], CultureInfo.InvariantCulture), int.Parse(d[6..8], CultureInfo.InvariantCulture));
            return CustomerTransaction<int>.Create(int.Parse(f[1], CultureInfo.InvariantCulture), date, double.Parse(f[4], CultureInfo.InvariantCulture));
        }).ToArray();
}
