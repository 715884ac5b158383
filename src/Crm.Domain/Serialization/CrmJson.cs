using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Crm.Domain.Serialization;

/// <summary>
/// JSON for every serialisable type of the library: System.Text.Json source generation (trim- and AOT-friendly) with
/// NodaTime's ISO formats (NodaTime.Serialization.SystemTextJson, time zones from TZDB), camelCase names and enums as
/// strings.
/// </summary>
/// <remarks>
/// <para>Reading is strict: a value that breaks a type's rules (a rating off its scale, a currency that is not three
/// letters, an unknown criterion) gives a <see cref="JsonException"/>, never a half-valid object.</para>
/// <para>To plug the library's types into your own options, add <see cref="TypeInfoResolver"/> to your
/// <see cref="JsonSerializerOptions.TypeInfoResolverChain"/> and call NodaTime's <c>ConfigureForNodaTime</c>.</para>
/// <para>All members are thread-safe; <see cref="Options"/> is read-only.</para>
/// </remarks>
public static class CrmJson
{
    /// <summary>The read-only options used by <see cref="Serialize{T}(T)"/> and <see cref="Deserialize{T}(string)"/>.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The source-generated metadata of the library's types, to chain into your own options.</summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => Options.TypeInfoResolver!;

    /// <summary>Serialises a value of one of the library's types.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a serialisable type of the library.</exception>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, GetTypeInfo<T>());

    /// <summary>Deserialises a value of one of the library's types.</summary>
    /// <exception cref="JsonException">The text is not valid JSON, is <c>null</c>, or breaks a rule of the type.</exception>
    public static T Deserialize<T>(string json)
    {
        Guard.Against.Null(json);
        try
        {
            return JsonSerializer.Deserialize(json, GetTypeInfo<T>())
                ?? throw new JsonException($"Expected a {typeof(T).Name}, found null.");
        }
        catch (ArgumentException ex)
        {
            // Constructors and factories validate; a refusal while reading is a JSON error, not an argument error.
            throw new JsonException($"Invalid {typeof(T).Name}: {ex.Message}", ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new JsonException($"Invalid {typeof(T).Name}: {ex.Message}", ex);
        }
    }

    /// <summary>The metadata for <typeparamref name="T"/>.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a serialisable type of the library.</exception>
    public static JsonTypeInfo<T> GetTypeInfo<T>() =>
        Options.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new NotSupportedException($"{typeof(T)} is not a serialisable type of Crm.Domain.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            // One source-generated context per room: the generator fails when two partial declarations of one context
            // both carry [JsonSerializable] (CS8785, dotnet/runtime#99669, duplicate hint names).
            TypeInfoResolver = JsonTypeInfoResolver.Combine(
                CrmJsonContext.Default,
                AcquisitionJsonContext.Default,
                CampaignsJsonContext.Default,
                CompetenciesJsonContext.Default,
                CustomerValueModelsJsonContext.Default,
                CustomerValueSummariesJsonContext.Default,
                CustomersJsonContext.Default,
                IdicJsonContext.Default,
                MetricsJsonContext.Default,
                RetentionJsonContext.Default,
                SalesJsonContext.Default,
                ScorecardJsonContext.Default,
                ServiceJsonContext.Default),
#if NET9_0_OR_GREATER
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
#endif
        };
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.MakeReadOnly();
        return options;
    }
}
