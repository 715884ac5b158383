using System.Reflection;
using Crm.Domain.Primitives;

namespace Crm.Domain.Tests.Conventions;

/// <summary>The library is pure: no static mutable state, no clock reads, no console.</summary>
public class PurityConventionTests
{
    private static readonly Assembly Library = typeof(Money).Assembly;

    [Fact]
    public void Library_HasNoStaticMutableFields()
    {
        var offenders = Library.GetTypes()
            .Where(t => !t.Name.Contains('<', StringComparison.Ordinal) && !IsGenerated(t))
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(f => !f.IsInitOnly && !f.IsLiteral && !f.Name.Contains('<', StringComparison.Ordinal))
                .Select(f => $"{t.FullName}.{f.Name}"))
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Library_DoesNotReferenceConsoleOrFileIo()
    {
        var referenced = Library.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.DoesNotContain("System.Console", referenced);
    }

    private static bool IsGenerated(Type t) =>
        t.Namespace?.StartsWith("Crm.Domain.Serialization", StringComparison.Ordinal) == true && t.Name.Contains("JsonContext", StringComparison.Ordinal);
}
