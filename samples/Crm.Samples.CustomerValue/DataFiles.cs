namespace Crm.Samples.CustomerValue;

/// <summary>Finds shared/data/cdnow/&lt;file&gt; by walking up from the current and the executable's directory.</summary>
public static class DataFiles
{
    public static string? Find(string fileName)
    {
        foreach (var origin in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(origin); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data", "cdnow", fileName);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
