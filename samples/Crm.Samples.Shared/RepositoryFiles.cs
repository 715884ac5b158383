namespace Crm.Samples.Shared;

/// <summary>Files of the clone the samples use: the test data (CDNOW) and the one output folder, <c>samples/out/</c>.</summary>
public static class RepositoryFiles
{
    /// <summary>
    /// The repository root (the folder holding <c>Crm.Domain.sln</c>), found by walking up from the current and the
    /// executable's directory; null when the sample runs outside a clone.
    /// </summary>
    public static string? Root { get; } = FindRoot();

    /// <summary>A CDNOW file shipped with the tests (<c>tests/Crm.Domain.Tests/TestData/Cdnow/</c>), or null.</summary>
    public static string? Cdnow(string fileName) =>
        Root is null ? null : Existing(Path.Combine(Root, "tests", "Crm.Domain.Tests", "TestData", "Cdnow", fileName));

    /// <summary>
    /// The samples' output folder, <c>samples/out/</c> of the clone (git-ignored), created if missing; outside a
    /// clone, <c>out/</c> under the current directory.
    /// </summary>
    public static string OutputDirectory()
    {
        var dir = Root is null ? Path.Combine(Directory.GetCurrentDirectory(), "out") : Path.Combine(Root, "samples", "out");
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>
    /// The output folder for a sample run with <paramref name="args"/>: the folder after <c>--out</c> if given (created
    /// if missing), else <see cref="OutputDirectory()"/>.
    /// </summary>
    public static string OutputDirectory(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var i = Array.FindIndex(args, a => string.Equals(a, "--out", StringComparison.OrdinalIgnoreCase));
        if (i < 0 || i + 1 >= args.Length)
        {
            return OutputDirectory();
        }

        var dir = Path.GetFullPath(args[i + 1]);
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string? Existing(string path) => File.Exists(path) ? path : null;

    private static string? FindRoot()
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
