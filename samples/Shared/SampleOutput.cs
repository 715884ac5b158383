namespace Crm.Samples;

/// <summary>
/// Where the samples write their pictures: the folder after <c>--out</c>, else <c>samples/out/</c> of the repository
/// (found by walking up from the current and the executable's folder to <c>Crm.Domain.sln</c>; git-ignored), else
/// <c>out/</c> under the current folder. The folder is created.
/// </summary>
public static class SampleOutput
{
    public static string Folder(string[] args)
    {
        var i = Array.FindIndex(args, a => string.Equals(a, "--out", StringComparison.OrdinalIgnoreCase));
        var folder = i >= 0 && i + 1 < args.Length ? Path.GetFullPath(args[i + 1])
            : RepositoryRoot() is { } root ? Path.Combine(root, "samples", "out")
            : Path.Combine(Directory.GetCurrentDirectory(), "out");
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string? RepositoryRoot()
    {
        foreach (var origin in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(origin); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Crm.Domain.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
