using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Xunit.Abstractions;

namespace Crm.Domain.Tests.Conventions;

/// <summary>
/// Issue 13, item 5: the reflective hostile-input suite. Every public constructor, static method, instance method,
/// operator and property getter of the library is called with the benign value of each parameter
/// (<see cref="HostileValues.Benign"/>), then once per hostile value of each parameter in turn
/// (<see cref="HostileValues.For"/>); instance members run on the type's JSON sample and, for a struct, on its
/// <c>default</c>. The contract (README "Hostile input"): a call returns an answer without NaN or infinity
/// (<see cref="ContractInspector"/>), or throws an <see cref="ArgumentException"/> (a refused argument), an
/// <see cref="InvalidOperationException"/> (a refused state, <c>IllegalTransitionException</c> included), a
/// <see cref="JsonException"/> or a <see cref="NotSupportedException"/>, thrown by the library itself; an
/// <see cref="OverflowException"/>, <see cref="NullReferenceException"/>, <see cref="IndexOutOfRangeException"/>, an
/// exception thrown inside NodaTime, the BCL or MathNet, or a call running past <see cref="ProbeTimeout"/> is a finding.
/// </summary>
/// <remarks>
/// Findings that were open when the suite was written are listed in <c>Conventions/HostileInputKnownFindings.txt</c>: the
/// test fails on any other finding, and on a listed one that no longer occurs, so the list can only shrink. Generic
/// members, members taking spans, by-ref or delegate parameters, and types with no public way to get an instance are
/// not probed (the counts are in the test output).
/// </remarks>
public class HostileInputTests(ITestOutputHelper output)
{
    private static readonly Assembly Library = typeof(Crm.Domain.Primitives.Money).Assembly;
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    [Fact]
    public void EveryPublicEntry_KeepsTheContract_OnHostileValues()
    {
        var watch = Stopwatch.StartNew();
        var findings = new SortedDictionary<string, string>(StringComparer.Ordinal);
        long probes = 0;
        int members = 0, skipped = 0;
        foreach (var type in Library.GetExportedTypes().Where(t => !t.IsGenericTypeDefinition && !t.IsInterface && !t.IsEnum && !typeof(Delegate).IsAssignableFrom(t)).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var sample = type.IsAbstract && !type.IsSealed ? null : HostileValues.Benign(type);
            foreach (var member in Members(type))
            {
                var parameters = member.GetParameters();
                if (member.IsGenericMethodDefinition || parameters.Any(p => !Probeable(p.ParameterType)) || (!member.IsStatic && member is MethodInfo && sample is null))
                {
                    skipped++;
                    continue;
                }

                members++;
                var benign = parameters.Select(p => HostileValues.Benign(p.ParameterType)).ToArray();
                if (!member.IsStatic && member is MethodInfo && type.IsValueType)
                {
                    probes++;
                    Record(findings, member, "default receiver", Probe(member, Activator.CreateInstance(type), benign));
                }

                var receiver = member.IsStatic || member is ConstructorInfo ? null : sample;
                probes++;
                Record(findings, member, "benign", Probe(member, receiver, benign));
                for (var i = 0; i < parameters.Length; i++)
                {
                    foreach (var value in HostileValues.For(parameters[i].ParameterType))
                    {
                        var args = (object?[])benign.Clone();
                        args[i] = value;
                        probes++;
                        Record(findings, member, parameters[i].Name!, Probe(member, receiver, args));
                    }
                }
            }
        }

        var report = string.Join("\n", findings.Select(f => $"# {f.Value}\n{f.Key}"));
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "hostile-input-findings.txt"), report);
        output.WriteLine($"Hostile input: {probes:N0} probes over {members:N0} public members ({skipped:N0} not probeable) in {watch.Elapsed.TotalSeconds:F1} s; {findings.Count} finding(s).");
        output.WriteLine(report);

        var known = KnownFindings();
        var unexpected = findings.Keys.Where(k => !known.Contains(k)).ToList();
        // A timeout depends on the machine's load, so a listed one may pass on a quiet machine without being fixed.
        var fixedOnes = known.Where(k => !findings.ContainsKey(k) && !k.EndsWith("] timeout", StringComparison.Ordinal)).ToList();
        Assert.True(unexpected.Count == 0, $"{unexpected.Count} new finding(s):\n" + string.Join("\n", unexpected.Select(k => $"{k}: {findings[k]}")));
        Assert.True(fixedOnes.Count == 0, $"{fixedOnes.Count} known finding(s) no longer occur: remove them from HostileInputKnownFindings.\n" + string.Join("\n", fixedOnes));
        Assert.True(probes > 10_000, $"Only {probes} probes: the suite lost its reach.");
    }

    /// <summary>The open findings (Conventions/HostileInputKnownFindings.txt, read from the source tree so that the
    /// list is data, one key per line, '#' for comments).</summary>
    private static HashSet<string> KnownFindings()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Crm.Domain.Tests.csproj")))
        {
            directory = directory.Parent;
        }

        Assert.True(directory is not null, "Crm.Domain.Tests.csproj not found above the test binaries.");
        return File.ReadAllLines(Path.Combine(directory.FullName, "Conventions", "HostileInputKnownFindings.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
    }

    private static IEnumerable<MethodBase> Members(Type type)
    {
        if (!type.IsAbstract)
        {
            foreach (var constructor in type.GetConstructors())
            {
                yield return constructor;
            }
        }

        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly).OrderBy(m => m.ToString(), StringComparer.Ordinal))
        {
            if (!method.IsSpecialName || method.Name.StartsWith("get_", StringComparison.Ordinal) || method.Name.StartsWith("op_", StringComparison.Ordinal))
            {
                yield return method;
            }
        }
    }

    private static bool Probeable(Type type) =>
        !type.IsByRef && !type.IsPointer && !type.IsByRefLike && !typeof(Delegate).IsAssignableFrom(type) && !type.ContainsGenericParameters;

    private static void Record(SortedDictionary<string, string> findings, MethodBase member, string parameter, (string Kind, string Detail)? problem)
    {
        if (problem is { } p)
        {
            var signature = string.Join(",", member.GetParameters().Select(x => x.ParameterType.Name));
            findings.TryAdd($"{member.DeclaringType!.Name}.{member.Name}({signature}) [{parameter}] {p.Kind}", p.Detail.ReplaceLineEndings(" "));
        }
    }

    private static (string Kind, string Detail)? Probe(MethodBase member, object? receiver, object?[] args)
    {
        object? result;
        try
        {
            var call = Task.Run(() => member is ConstructorInfo constructor ? constructor.Invoke(args) : member.Invoke(receiver, args));
            if (!call.Wait(ProbeTimeout))
            {
                return ("timeout", $"still running after {ProbeTimeout.TotalSeconds} s");
            }

            result = call.Result;
        }
        catch (AggregateException ex) when (ex.InnerException is TargetInvocationException { InnerException: { } thrown })
        {
            return Verdict(member, thrown);
        }
        catch (AggregateException ex) when (ex.InnerException is ArgumentException or TargetParameterCountException)
        {
            // The reflection call itself refused the arguments (a hostile value of the wrong shape): not a probe.
            return null;
        }

        try
        {
            return ContractInspector.Inspect(result, 2) is { } bad ? ("non-finite or broken answer", bad) : null;
        }
        catch (Exception ex)
        {
            return ($"answer throws {ex.GetType().Name}", ex.Message);
        }
    }

    private static (string Kind, string Detail)? Verdict(MethodBase member, Exception thrown)
    {
        var thrower = thrown.TargetSite?.DeclaringType?.Assembly;
        var ours = thrower == Library || thrower?.GetName().Name == "Ardalis.GuardClauses";
        if (ours && thrown is ArgumentException or InvalidOperationException or JsonException or NotSupportedException)
        {
            return null;
        }

        // ArgumentNullException.ThrowIfNull and friends throw from the BCL: fine when they name the caller's parameter.
        if (thrown is ArgumentException { ParamName: { } name } && member.GetParameters().Any(p => name == p.Name || name.StartsWith(p.Name + "[", StringComparison.Ordinal)))
        {
            return null;
        }

        // An indexer's unknown key: the .NET convention, with the library's own message.
        if (ours && thrown is KeyNotFoundException && member.Name == "get_Item")
        {
            return null;
        }

        var where = ours ? string.Empty : $" from {thrower?.GetName().Name ?? "?"}";
        return ($"{thrown.GetType().Name}{where}", thrown.Message);
    }
}
