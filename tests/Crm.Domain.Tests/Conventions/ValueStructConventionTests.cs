using System.Reflection;
using System.Runtime.CompilerServices;
using Crm.Domain.Primitives;

namespace Crm.Domain.Tests.Conventions;

/// <summary>
/// Value structs whose equality is field-wise are <c>readonly record struct</c>s (the compiler writes Equals,
/// GetHashCode, == and !=), and a record's <c>with</c> cannot bypass a validating factory: no public value struct has a
/// public setter or <c>init</c> accessor, except a positional record whose public constructor takes that very value
/// (there <c>with</c> can make nothing that <c>new</c> cannot).
/// </summary>
public class ValueStructConventionTests
{
    private static readonly Assembly Library = typeof(Money).Assembly;

    /// <summary>
    /// Public readonly structs that implement <see cref="IEquatable{T}"/> by hand because their equality is not
    /// field-wise, each with the reason. A record struct would compare every field with
    /// <see cref="EqualityComparer{T}.Default"/>: arrays and inline buffers by reference or by boxing, zones by
    /// reference, and cached derived values as if they were state.
    /// </summary>
    private static readonly Dictionary<string, string> HandWritten = new(StringComparer.Ordinal)
    {
        ["Crm.Domain.CustomerValue.Models.BgNbd.BgNbdModel"] = "compares r, α, a and b only; the cache field (the scoring kernel and the Taylor-row memo) is derived from them and shared by copies",
        ["Crm.Domain.CustomerValue.Models.MbgNbd.MbgNbdModel"] = "compares r, α, a and b only; the cache field (the scoring kernel and the Taylor-row memo) is derived from them and shared by copies",
        ["Crm.Domain.Campaigns.Analysis.LiftTest"] = "compares the two estimates only; the uplift, interval, z and p fields are cached results of them",
        ["Crm.Domain.Campaigns.Analysis.RateEstimate"] = "compares successes, trials and confidence only; the estimate and interval fields are cached results of them",
        ["Crm.Domain.Metrics.Indices.IndexResponse"] = "compares the ImmutableArray of ratings by content (record equality would compare the array reference)",
        ["Crm.Domain.Metrics.Indices.WeightedIndexAccumulator"] = "compares the sum and answer arrays by content, a missing array as all zeros",
        ["Crm.Domain.Metrics.Service.CallVolumeAccumulator"] = "compares the day and count arrays by content and the zone by id",
        ["Crm.Domain.Metrics.Service.SameDayClosureAccumulator"] = "compares the zone by id (two DateTimeZone instances of one zone are equal)",
        ["Crm.Domain.Metrics.CesAccumulator"] = "compares the inline count buffer by content through CountsOps (no boxing)",
        ["Crm.Domain.Metrics.CesResult"] = "compares the inline count buffer by content through CountsOps (no boxing)",
        ["Crm.Domain.Metrics.CsatAccumulator"] = "compares the inline count buffer by content through CountsOps (no boxing)",
        ["Crm.Domain.Metrics.CsatResult"] = "compares the inline count buffer by content through CountsOps (no boxing)",
        ["Crm.Domain.Metrics.NpsAccumulator"] = "compares the inline count buffer by content through CountsOps (no boxing)",
        ["Crm.Domain.Metrics.NpsResult"] = "compares the inline count buffer by content through CountsOps (no boxing)",
    };

    private static IEnumerable<Type> PublicStructs() =>
        Library.GetExportedTypes().Where(t => t.IsValueType && !t.IsEnum && !t.IsPrimitive);

    // A record struct has the compiler's private PrintMembers(StringBuilder); a hand-written struct does not.
    private static bool IsRecord(Type t) =>
        t.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance, [typeof(System.Text.StringBuilder)]) is not null;

    private static bool IsSelfEquatable(Type t) =>
        t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>)
            && i.GetGenericArguments()[0] is var self
            && (self == t || (self.IsGenericType && self.GetGenericTypeDefinition() == t)));

    private static string Name(Type t) => t.FullName ?? t.Name;

    [Fact]
    public void EquatableReadonlyStructs_AreRecordsOrOnTheAllowList()
    {
        var equatable = PublicStructs()
            .Where(t => t.IsDefined(typeof(IsReadOnlyAttribute), inherit: false) && IsSelfEquatable(t))
            .ToList();
        Assert.True(equatable.Count >= 70, $"the reflection scan found only {equatable.Count} equatable value structs");

        var offenders = equatable.Where(t => !IsRecord(t) && !HandWritten.ContainsKey(Name(t))).Select(Name).ToList();
        Assert.True(offenders.Count == 0,
            "hand-written equality on a struct that is not on the allow-list (make it a readonly record struct): " + string.Join(", ", offenders));
    }

    [Fact]
    public void AllowList_NamesOnlyHandWrittenStructs()
    {
        var byName = PublicStructs().ToDictionary(Name, StringComparer.Ordinal);
        foreach (var (name, reason) in HandWritten)
        {
            Assert.False(string.IsNullOrWhiteSpace(reason), name);
            Assert.True(byName.TryGetValue(name, out var type), $"{name} is on the allow-list but is not a public struct");
            Assert.False(IsRecord(type!), $"{name} is a record struct now: take it off the allow-list");
            Assert.True(IsSelfEquatable(type!), $"{name} no longer implements IEquatable<{type!.Name}>");
        }
    }

    [Fact]
    public void PublicValueStructs_HaveNoPublicSetterOrInit_ExceptPositionalRecords()
    {
        var offenders = new List<string>();
        foreach (var type in PublicStructs())
        {
            var constructorParameters = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
                .SelectMany(c => c.GetParameters())
                .ToList();
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (property.SetMethod is not { IsPublic: true })
                {
                    continue;
                }

                // A positional record: new X(value) is as open as x with { P = value }.
                var positional = IsRecord(type) && constructorParameters.Any(p =>
                    string.Equals(p.Name, property.Name, StringComparison.Ordinal) && p.ParameterType == property.PropertyType);
                if (!positional)
                {
                    offenders.Add($"{Name(type)}.{property.Name}");
                }
            }
        }

        Assert.True(offenders.Count == 0, "public setter or init accessor (with { … } would bypass the factory): " + string.Join(", ", offenders));
    }

    [Fact]
    public void RecordStructsWithAFactory_KeepTheirOwnToString()
    {
        // A record struct without a primary constructor is a validated value; its text is its own, never the
        // compiler's "Name { Member = … }".
        var offenders = new List<string>();
        foreach (var type in PublicStructs().Where(IsRecord))
        {
            var closed = type.IsGenericTypeDefinition ? type.MakeGenericType(typeof(string)) : type;
            var isPositional = closed.GetProperties().Any(p => p.SetMethod is { IsPublic: true });
            if (isPositional)
            {
                continue;
            }

            string? text;
            try
            {
                text = Activator.CreateInstance(closed)!.ToString();
            }
            catch (Exception e) when (e is TargetInvocationException or InvalidOperationException or ArgumentException or NullReferenceException)
            {
                continue; // a text that refuses default is hand-written: the compiler's never throws by itself
            }

            if (text is not null && text.StartsWith(type.Name.Split('`')[0] + " {", StringComparison.Ordinal))
            {
                offenders.Add($"{Name(type)}: \"{text}\"");
            }
        }

        Assert.True(offenders.Count == 0, "compiler-written ToString on a validated value: " + string.Join(", ", offenders));
    }
}
