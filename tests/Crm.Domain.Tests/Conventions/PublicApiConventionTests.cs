using System.Reflection;
using System.Runtime.CompilerServices;
using Crm.Domain.Primitives;

namespace Crm.Domain.Tests.Conventions;

/// <summary>Reflection checks of the conventions in STYLE.md, over every public type of the library.</summary>
public class PublicApiConventionTests
{
    private static readonly Assembly Library = typeof(Money).Assembly;

    private static IEnumerable<Type> PublicTypes() => Library.GetExportedTypes();

    [Fact]
    public void PublicStructs_AreReadonly()
    {
        var offenders = PublicTypes()
            .Where(t => t.IsValueType && !t.IsEnum && !t.IsPrimitive)
            .Where(t => !t.IsDefined(typeof(IsReadOnlyAttribute), inherit: false))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void PublicApi_HasNoDateTimeOrDateTimeOffset()
    {
        var banned = new[] { typeof(DateTime), typeof(DateTimeOffset), typeof(DateTime?), typeof(DateTimeOffset?) };
        var offenders = new List<string>();
        foreach (var type in PublicTypes())
        {
            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var types = member switch
                {
                    PropertyInfo p => [p.PropertyType],
                    FieldInfo f => [f.FieldType],
                    MethodInfo m => m.GetParameters().Select(x => x.ParameterType).Append(m.ReturnType),
                    ConstructorInfo c => c.GetParameters().Select(x => x.ParameterType),
                    _ => Enumerable.Empty<Type>(),
                };
                if (types.Any(t => banned.Contains(t) || (t.IsGenericType && t.GetGenericArguments().Any(banned.Contains))))
                {
                    offenders.Add($"{type.FullName}.{member.Name}");
                }
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void DomainTypes_HaveNoPublicSetters()
    {
        // init accessors count as setters too: `with` and object initialisers would skip validation.
        var offenders = PublicTypes()
            .Where(t => !t.IsInterface && !typeof(Exception).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is { IsPublic: true })
                .Where(p => !IsRecordDto(t))
                .Select(p => $"{t.FullName}.{p.Name}"))
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void EquatableTypes_DefineEqualityOperators()
    {
        var offenders = PublicTypes()
            .Where(t => !t.IsInterface && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>) && i.GetGenericArguments()[0] == t))
            .Where(t => t.GetMethod("op_Equality", BindingFlags.Public | BindingFlags.Static) is null)
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void ComparableStructs_DefineOrderingOperators()
    {
        var offenders = PublicTypes()
            .Where(t => t.IsValueType && !t.IsEnum && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IComparable<>) && i.GetGenericArguments()[0] == t))
            .Where(t => t.GetMethod("op_LessThan", BindingFlags.Public | BindingFlags.Static) is null)
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(offenders);
    }

    /// <summary>Positional record structs/classes used as plain result rows (no invariants) are allowed init-only properties.</summary>
    private static bool IsRecordDto(Type t) =>
        t.GetMethod("<Clone>$") is not null || (t.IsValueType && t.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);
}
