using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Crm.Domain.Serialization;

namespace Crm.Domain.Tests.Docs;

/// <summary>
/// The XML docs the package ships (the Crm.Domain.xml copied beside this assembly, as eng/PublicDocs.targets leaves it):
/// public API only, one summary per type, checked against the assembly by reflection (not by the code that trims).
/// </summary>
public class PublicDocsTests
{
    private static readonly Assembly Library = typeof(CrmJson).Assembly;

    private static readonly XElement[] Members = XDocument
        .Load(Path.Combine(AppContext.BaseDirectory, "Crm.Domain.xml"))
        .Root!.Element("members")!.Elements("member").ToArray();

    private static string Id(XElement member) => (string)member.Attribute("name")!;

    // Documentation-ID form of a type name: nested types joined with '.', generic arity kept ("Foo`1").
    private static string DocName(Type type) => type.FullName!.Replace('+', '.');

    private static readonly Dictionary<string, Type> TypesByDocName =
        Library.GetTypes().Where(t => !t.Name.Contains('<')).ToDictionary(DocName, StringComparer.Ordinal);

    [Fact]
    public void EveryDocumentedType_IsPublic()
    {
        var notVisible = Members.Select(Id).Where(id => id.StartsWith("T:", StringComparison.Ordinal))
            .Select(id => id[2..])
            .Where(name => !TypesByDocName.TryGetValue(name, out var type) || !type.IsVisible)
            .ToArray();
        Assert.Empty(notVisible);
    }

    [Fact]
    public void EveryPublicType_KeepsItsDocs()
    {
        var documented = Members.Select(Id).Where(id => id.StartsWith("T:", StringComparison.Ordinal))
            .Select(id => id[2..]).ToHashSet(StringComparer.Ordinal);
        var missing = Library.GetExportedTypes().Select(DocName).Where(name => !documented.Contains(name)).ToArray();
        Assert.Empty(missing);
        // Not vacuous: the library's surface is hundreds of types.
        Assert.True(documented.Count > 300, $"{documented.Count} documented types");
    }

    [Fact]
    public void EveryDocumentedMember_IsReachableFromOutside()
    {
        var hidden = new List<string>();
        foreach (var id in Members.Select(Id).Where(id => "MPFE".Contains(id[0]) && id[1] == ':'))
        {
            var head = id[2..];
            var paren = head.IndexOf('(');
            if (paren >= 0) head = head[..paren];
            var dot = head.LastIndexOf('.');
            var name = head[(dot + 1)..];
            var ticks = name.IndexOf("``", StringComparison.Ordinal);
            if (ticks >= 0) name = name[..ticks];
            if (!TypesByDocName.TryGetValue(head[..dot], out var type) || !type.IsVisible || !HasVisibleMember(type, id[0], name))
            {
                hidden.Add(id);
            }
        }

        Assert.Empty(hidden);
    }

    [Fact]
    public void EveryPublicMethodAndProperty_KeepsItsDocs()
    {
        var documented = Members.Select(Id).Select(id => id.Split('(')[0]).ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in Library.GetExportedTypes())
        {
            foreach (var property in type.GetProperties(Declared).Where(p => !IsGenerated(p) && p.GetIndexParameters().Length == 0))
            {
                if (!documented.Contains($"P:{DocName(type)}.{property.Name}")) missing.Add($"P:{DocName(type)}.{property.Name}");
            }

            foreach (var method in type.GetMethods(Declared).Where(m => !m.IsSpecialName && !IsGenerated(m) && !m.IsGenericMethod))
            {
                if (!documented.Contains($"M:{DocName(type)}.{method.Name}")) missing.Add($"M:{DocName(type)}.{method.Name}");
            }
        }

        Assert.Empty(missing.Distinct());
    }

    [Fact]
    public void EveryMember_HasAtMostOneSummary()
    {
        // A partial type documented on several of its files gets all the summaries concatenated in IntelliSense.
        var several = Members.Where(m => m.Elements("summary").Count() > 1).Select(Id).ToArray();
        Assert.Empty(several);
    }

    private static bool IsGenerated(MemberInfo member) => member.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false);

    private static bool HasVisibleMember(Type type, char kind, string name)
    {
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        static bool Visible(MethodBase? m) => m is not null && (m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly);
        // Explicit interface implementations ("N#IFoo#Bar") are reached through the public interface.
        if (name.Contains('#') && name is not "#ctor" and not "#cctor") return true;
        return kind switch
        {
            'M' when name == "#ctor" => type.GetConstructors(All).Any(Visible),
            'M' => type.GetMethods(All).Any(m => m.Name == name && Visible(m)),
            'P' => type.GetProperties(All).Any(p => p.Name == name && (Visible(p.GetMethod) || Visible(p.SetMethod))),
            'F' => type.GetFields(All).Any(f => f.Name == name && (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly)),
            'E' => type.GetEvents(All).Any(e => e.Name == name && Visible(e.AddMethod)),
            _ => false,
        };
    }
}
