using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Domain.Campaigns.Attribution;
using Crm.Domain.Json;
using Crm.Domain.Serialization;
using Xunit.Abstractions;

namespace Crm.Domain.Tests.Serialization;

/// <summary>
/// Issue 13, item (c): a result row's own refusal read from JSON (its constructor's <see cref="ArgumentException"/>)
/// is a <see cref="JsonException"/> whose <see cref="JsonException.Path"/> names the refused member, with the
/// <see cref="ArgumentException"/> as the inner exception. The rows are found by reflection: the serialisable types
/// with a guarded <c>init</c> accessor (one that does more than store the value).
/// </summary>
public class ResultRowPathTests(ITestOutputHelper output)
{
    /// <summary>The result rows: the library's public types with a guarded <c>init</c> accessor that
    /// <see cref="CrmJson"/> reads (as a root type or inside one).</summary>
    public static IReadOnlyList<Type> Rows { get; } = typeof(CrmJson).Assembly.GetExportedTypes()
        .Where(t => HasHandWrittenInit(t) && CrmJson.Options.TryGetTypeInfo(t, out _)).ToList();

    [Fact]
    public void EveryResultRow_IsReadThroughTheRowConverter()
    {
        Assert.True(Rows.Count >= 8, $"only {Rows.Count} rows found: the reflection lost some");
        Assert.Equal(Rows.Select(t => t.FullName).Order(StringComparer.Ordinal), CrmJson.ResultRowResolver.RowTypes.Select(t => t.FullName).Order(StringComparer.Ordinal));
        foreach (var row in Rows)
        {
            var converter = CrmJson.Options.GetTypeInfo(row).Converter.GetType();
            Assert.True(converter.IsGenericType && converter.GetGenericTypeDefinition() == typeof(ResultRowConverter<>), $"{row.Name} is read by {converter.Name}");
        }
    }

    /// <summary>Each top-level member of each row's sample is given values its constructor may refuse (a negative
    /// number, a level off the 1–5 scale, a blank string, null); every refusal that names the member is placed at
    /// <c>$.member</c>, and every other constructor refusal has a path too. (Many rows refuse only NaN and ±∞, which
    /// JSON cannot write: <c>1e400</c> is refused before the constructor, by the number rule, with its path.)</summary>
    [Fact]
    public void EveryRowsConstructorRefusal_IsAJsonException_AtTheRefusedMember()
    {
        var placed = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in Rows)
        {
            if (JsonSamples.For(row) is not { } rowSample)
            {
                continue; // read only inside a root type: ANestedRowsRefusal_IsPlacedFromTheRoot reads one there
            }

            var sample = JsonNode.Parse(Serialize(row, rowSample))!.AsObject();
            foreach (var member in sample.Select(m => m.Key).ToList())
            {
                foreach (var value in new[] { "-1", "6", "-1e300", "\"\"", "\" \"", "null" })
                {
                    var probe = sample.DeepClone().AsObject();
                    probe[member] = JsonNode.Parse(value);
                    if (Refusal(row, probe.ToJsonString()) is not { InnerException: ArgumentException refused } ex)
                    {
                        continue;
                    }

                    Assert.True(ex.Path is not null, $"{row.Name}.{member} = {value}: refused without a path ({ex.Message})");
                    if (string.Equals(refused.ParamName, member, StringComparison.OrdinalIgnoreCase))
                    {
                        Assert.Equal("$." + member, ex.Path);
                        Assert.EndsWith($"Path: $.{member}.", ex.Message, StringComparison.Ordinal);
                        placed[row.Name] = placed.GetValueOrDefault(row.Name) + 1;
                    }
                }
            }
        }

        output.WriteLine($"constructor refusals placed at their member: {string.Join(", ", placed.Select(p => $"{p.Key} {p.Value}"))}");
        Assert.True(placed.Count >= 2, $"only {placed.Count} row types refused a member: the probes lost their reach");
    }

    /// <summary>A row inside a report: the path runs from the report's root to the member of the third credit.</summary>
    [Fact]
    public void ANestedRowsRefusal_IsPlacedFromTheRoot()
    {
        var report = JsonNode.Parse(CrmJson.Serialize((AttributionReport)JsonSamples.For(typeof(AttributionReport))!))!.AsObject();
        var credits = report["credits"]!.AsArray();
        while (credits.Count < 3)
        {
            credits.Add(credits[0]!.DeepClone());
        }

        credits[2]!["conversions"] = -1;
        var json = report.ToJsonString();
        var ex = Assert.Throws<JsonException>(() => CrmJson.Deserialize<AttributionReport>(json));
        Assert.Equal("$.credits[2].conversions", ex.Path);
        Assert.Equal("conversions", Assert.IsAssignableFrom<ArgumentException>(ex.InnerException).ParamName, ignoreCase: true);

        // With the options used directly, System.Text.Json places it at the row.
        var direct = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AttributionReport>(json, CrmJson.Options));
        Assert.Equal("$.credits[2]", direct.Path);
        Assert.IsAssignableFrom<ArgumentException>(direct.InnerException);

        // An error inside a row that is not the constructor's keeps its path from the root too (1e400 in the third credit).
        var infinite = json.Replace("\"conversions\":-1", "\"conversions\":1e400", StringComparison.Ordinal);
        Assert.StartsWith("$.credits[2]", Assert.Throws<JsonException>(() => CrmJson.Deserialize<AttributionReport>(infinite)).Path, StringComparison.Ordinal);
    }

    // A guarded init accessor calls its guard; a plain one (a positional record's, or a field store) is the 8 bytes
    // ldarg.0, ldarg.1, stfld, ret.
    private static bool HasHandWrittenInit(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p =>
            p.SetMethod is { } set && set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit))
            && set.GetMethodBody()?.GetILAsByteArray()?.Length > 8);

    private static string Serialize(Type type, object? value) =>
        (string)typeof(CrmJson).GetMethod(nameof(CrmJson.Serialize))!.MakeGenericMethod(type).Invoke(null, [value])!;

    private static JsonException? Refusal(Type type, string json)
    {
        try
        {
            typeof(CrmJson).GetMethod(nameof(CrmJson.Deserialize))!.MakeGenericMethod(type).Invoke(null, [json]);
            return null;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is JsonException refusal)
        {
            return refusal;
        }
    }
}
