using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Domain.Serialization;
using Crm.Domain.Tests.Conventions;
using Xunit.Abstractions;

namespace Crm.Domain.Tests.Serialization;

/// <summary>
/// Issue 13, item 5: the JSON fuzzer. Every type in <see cref="CrmJson.SerializableTypes"/> starts from its valid
/// sample (<see cref="JsonSamples"/>); each probe changes one thing (drops a member or element, gives a member twice,
/// replaces a value by another kind, by <c>null</c>, by a number out of range, by a huge or control-character string,
/// by a deeply nested value, or truncates the text) and reads the result with <see cref="CrmJson.Deserialize{T}"/>.
/// The contract: a valid object (it writes again, reads back to the same JSON, and its public properties answer
/// without throwing and without NaN or infinity) or a <see cref="JsonException"/>; nothing else.
/// </summary>
/// <remarks>Deterministic (no randomness: every type gets the same probes each run), bounded: at most
/// <see cref="NodesPerType"/> nodes of each sample are mutated. The probe count is written to the test output.</remarks>
public class JsonFuzzTests(ITestOutputHelper output)
{
    private const int NodesPerType = 25;
    private const string Marker = "@@fuzz@@";

    // Values put in place of a node: other JSON kinds, null, numbers out of every range, odd strings, deep nesting.
    private static readonly string[] Replacements =
    [
        "null", "true", "\"\"", "\"x\"", "0", "-1", "1.5", "-0.0", "1e400", "-1e400", "1e308", "4.9e-324",
        "2147483648", "9223372036854775808", "-9223372036854775809", "[]", "[null]", "[1,\"x\"]",
#if NET9_0_OR_GREATER // {} is an object with every member missing: see the drop probe below.
        "{}",
#endif
        "\"\\u0000\\u001f\\u007f\"", "\"\\ud800\"", "\"-9998-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59.999999999Z\"",
        "\"" + new string('a', 10_000) + "\"", Nest(70), Nest(8),
    ];

    [Fact]
    public void EveryMutation_GivesAValidObjectOrAJsonException()
    {
        var watch = Stopwatch.StartNew();
        var failures = new List<string>();
        long probes = 0, accepted = 0;
        foreach (var type in CrmJson.SerializableTypes)
        {
            var sample = JsonSamples.For(type);
            Assert.True(sample is not null, $"{type.Name} has no sample in JsonSamples.");
            var json = (string)Invoke(nameof(CrmJson.Serialize), type, sample);
            foreach (var probe in Probes(json, IsBig(type)))
            {
                probes++;
                var failure = Check(type, probe, ref accepted);
                if (failure is not null && failures.Count < 50)
                {
                    failures.Add($"{type.Name}: {failure}\n    probe: {Shorten(probe)}");
                }
            }
        }

        output.WriteLine($"JSON fuzzer: {probes:N0} probes over {CrmJson.SerializableTypes.Count} types in {watch.Elapsed.TotalSeconds:F1} s; {accepted:N0} read as valid objects, the rest refused with a JsonException.");
        Assert.True(failures.Count == 0, $"{failures.Count} probe(s) broke the contract:\n" + string.Join("\n", failures));
        Assert.True(probes > 50_000, $"Only {probes} probes: the fuzzer lost its reach.");
    }

    /// <summary>The probes of one sample: one mutation per node and kind, then truncations of the whole text.</summary>
    private static IEnumerable<string> Probes(string json, bool big)
    {
        var root = JsonNode.Parse(json);
        var paths = new List<object[]>();
        Collect(root, [], paths);
        var step = Math.Max(1, paths.Count / (big ? NodesPerType / 2 : NodesPerType));
        for (var i = 0; i < paths.Count; i += step)
        {
            var path = paths[i];
            if (path.Length > 0)
            {
#if NET9_0_OR_GREATER // .NET 8 reads a missing constructor parameter as its default (CrmJson remarks): a missing member is probed on .NET 9+ only.
                yield return Mutate(json, path, (parent, key) => Remove(parent, key), null);
#endif
                yield return Mutate(json, path, SetMarker, raw => $"{raw},{(path[^1] is string name ? JsonSerializer.Serialize(name) + ":" : string.Empty)}{raw}");
            }

            foreach (var replacement in Replacements)
            {
                yield return Mutate(json, path, SetMarker, _ => replacement);
            }
        }

        // A one-megabyte string once per type (at the first string in the sample), and the whole text cut short.
        if (paths.FirstOrDefault(p => Find(JsonNode.Parse(json), p) is JsonValue v && v.GetValueKind() == JsonValueKind.String) is { } first)
        {
            yield return Mutate(json, first, SetMarker, _ => "\"" + new string('\u00e9', 1 << 20) + "\"");
        }

        foreach (var cut in new[] { 0, 1, json.Length / 3, json.Length / 2, json.Length - 1 })
        {
            yield return json[..cut];
        }

        yield return json + json;
        yield return "null";
    }

    private static string? Check(Type type, string probe, ref long accepted)
    {
        object value;
        try
        {
            value = Invoke(nameof(CrmJson.Deserialize), type, probe);
        }
        catch (JsonException ex)
        {
            // Issue 13 (c): a result row's constructor refusal is placed (ResultRowPathTests checks the member).
            return ex.InnerException is ArgumentException && ex.Path is null && ResultRowPathTests.Rows.Contains(type)
                ? $"a constructor refusal without the path: {ex.Message}"
                : null;
        }
        catch (Exception ex)
        {
            return $"{ex.GetType().Name} while reading: {ex.Message}";
        }

        accepted++;
        try
        {
            var again = (string)Invoke(nameof(CrmJson.Serialize), type, value);
            var reread = Invoke(nameof(CrmJson.Deserialize), type, again);
            if ((string)Invoke(nameof(CrmJson.Serialize), type, reread) != again)
            {
                return "read, but its JSON does not read back to the same JSON";
            }

            return ContractInspector.Inspect(value, 3);
        }
        catch (Exception ex)
        {
            return $"read, but then {ex.GetType().Name}: {ex.Message}";
        }
    }

    private static void Collect(JsonNode? node, object[] path, List<object[]> paths)
    {
        paths.Add(path);
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o)
                {
                    Collect(child, [.. path, key], paths);
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    Collect(a[i], [.. path, i], paths);
                }

                break;
        }
    }

    private static JsonNode? Find(JsonNode? node, object[] path)
    {
        foreach (var step in path)
        {
            node = step is string key ? node![key] : node![(int)step];
        }

        return node;
    }

    /// <summary>Applies <paramref name="edit"/> to the node at <paramref name="path"/> of a fresh copy; where the edit
    /// left the marker, <paramref name="raw"/> (given the node's original JSON) replaces it in the text.</summary>
    private static string Mutate(string json, object[] path, Action<JsonNode, object> edit, Func<string, string>? raw)
    {
        var root = JsonNode.Parse(json);
        if (path.Length == 0)
        {
            return raw!(json);
        }

        var original = Find(root, path)?.ToJsonString() ?? "null";
        edit(Find(root, path[..^1])!, path[^1]);
        var text = root!.ToJsonString();
        return raw is null ? text : text.Replace($"\"{Marker}\"", raw(original), StringComparison.Ordinal);
    }

    private static void SetMarker(JsonNode parent, object key)
    {
        if (key is string name)
        {
            parent[name] = Marker;
        }
        else
        {
            parent[(int)key] = Marker;
        }
    }

    private static void Remove(JsonNode parent, object key)
    {
        if (key is string name)
        {
            parent.AsObject().Remove(name);
        }
        else
        {
            parent.AsArray().RemoveAt((int)key);
        }
    }

    // Aggregates replay their whole history on every read: half as many nodes keeps the run short.
    private static bool IsBig(Type type) => type.GetProperty("History") is not null || type.Name.EndsWith("Snapshot", StringComparison.Ordinal);

    private static string Nest(int depth) => new string('[', depth) + "1" + new string(']', depth);

    private static string Shorten(string probe) => probe.Length <= 300 ? probe : $"{probe[..300]}… ({probe.Length} chars)";

    private static readonly Dictionary<(string, Type), MethodInfo> Methods = [];

    private static object Invoke(string name, Type type, object? argument)
    {
        if (!Methods.TryGetValue((name, type), out var method))
        {
            method = typeof(CrmJson).GetMethods().Single(m => m.Name == name && m.IsGenericMethodDefinition
                && m.GetParameters() is [{ ParameterType: var p }] && (name == nameof(CrmJson.Serialize) || p == typeof(string)))
                .MakeGenericMethod(type);
            Methods[(name, type)] = method;
        }

        try
        {
            return method.Invoke(null, [argument])!;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerException);
            throw;
        }
    }
}
