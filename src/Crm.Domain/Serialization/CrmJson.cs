using System.Collections.ObjectModel;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using Crm.Domain.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Crm.Domain.Serialization;

/// <summary>
/// JSON for every serialisable type of the library: System.Text.Json source generation (trim- and AOT-friendly) with
/// NodaTime's ISO formats (NodaTime.Serialization.SystemTextJson, time zones from TZDB), camelCase names and enums as
/// strings. The types it reads and writes are listed in <see cref="SerializableTypes"/> (the roots registered in the
/// library's source-generated contexts; the types they contain, such as strings, numbers, enums and immutable arrays
/// of them, are read and written as parts of those).
/// </summary>
/// <remarks>
/// <para>Reading is strict, the same way for every type, whether its JSON is source-generated or hand-written:
/// an unknown member, a member given twice, a missing required member, a value of the wrong JSON kind and a value that
/// breaks a type's rules (a rating off its scale, a currency that is not three letters, an unknown criterion, an
/// undefined enum name or number, a number out of the range of <see cref="double"/> such as <c>1e400</c>, a <c>null</c>
/// element in a list, a <c>default</c> identifier or amount) are each a <see cref="JsonException"/>, never a half-valid object. Where System.Text.Json
/// knows the location, <see cref="JsonException.Path"/> holds it and the message ends with it; a result row's own
/// refusal (a negative count, a non-finite share) is placed too, at the refused member (<c>$.credits[3].conversions</c>),
/// with the constructor's <see cref="ArgumentException"/> as the inner exception. With <see cref="Options"/> used
/// directly, such a path stops at the row (<c>$.credits[3]</c>).</para>
/// <para>How: <see cref="Options"/> sets <see cref="JsonUnmappedMemberHandling.Disallow"/>; on .NET 9 and later
/// <c>RespectRequiredConstructorParameters</c> and <c>RespectNullableAnnotations</c>; on .NET 10 and later
/// <c>AllowDuplicateProperties = false</c>. The library's hand-written converters read objects through one strict
/// internal reader that refuses unknown, duplicate and missing members itself. On .NET 8, whose System.Text.Json lacks
/// the duplicate-member option, <see cref="Deserialize{T}(string)"/> first scans the text for a member given twice in
/// one object (names compared ordinally) and refuses it; that scan is part of <see cref="Deserialize{T}(string)"/>
/// only, so on .NET 8 a caller who uses <see cref="Options"/> with <see cref="JsonSerializer"/> directly does not get
/// it. Also on .NET 8 (no <c>RespectRequiredConstructorParameters</c>), a constructor parameter missing from the JSON
/// is read as its default value, which the type's own validation then refuses where the default is not a valid
/// value (a blank name, a null list, a non-positive parameter).</para>
/// <para>To plug the library's types into your own options, add <see cref="TypeInfoResolver"/> to your
/// <see cref="JsonSerializerOptions.TypeInfoResolverChain"/> and call NodaTime's <c>ConfigureForNodaTime</c>.</para>
/// <para>All members are thread-safe; <see cref="Options"/> and <see cref="SerializableTypes"/> are read-only.</para>
/// </remarks>
public static partial class CrmJson
{
    // One source-generated context per room: the generator fails when two partial declarations of one context both
    // carry [JsonSerializable] (CS8785, dotnet/runtime#99669, duplicate hint names).
    private static readonly JsonSerializerContext[] Contexts =
    [
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
        ServiceJsonContext.Default,
        PrivacyJsonContext.Default,
        PricingJsonContext.Default,
        AccountsJsonContext.Default,
        PersonalDataJsonContext.Default,
    ];

    /// <summary>The read-only options used by <see cref="Serialize{T}(T)"/> and <see cref="Deserialize{T}(string)"/>.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The source-generated metadata of the library's types, to chain into your own options.</summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => Options.TypeInfoResolver!;

    /// <summary>
    /// The types that <see cref="Serialize{T}(T)"/>, <see cref="Deserialize{T}(string)"/> and
    /// <see cref="GetTypeInfo{T}"/> accept as <c>T</c>: every type registered with <see cref="JsonSerializableAttribute"/>
    /// in the library's source-generated contexts, ordered by full name, without duplicates. Types nested in these (strings,
    /// numbers, NodaTime values, enums, immutable arrays) are also accepted as <c>T</c> when a registered type contains them.
    /// </summary>
    public static IReadOnlyList<Type> SerializableTypes { get; } = CollectSerializableTypes();

    /// <summary>Serialises a value of one of the library's types.</summary>
    /// <exception cref="JsonException">The value is or holds an unusable <c>default</c> (<c>default(CustomerId)</c>,
    /// <c>default(Money)</c>, <c>default(Currency)</c>): it is not written, because it could not be read back.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a serialisable type of the library (see <see cref="SerializableTypes"/>).</exception>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, GetTypeInfo<T>());

    /// <summary>Deserialises a value of one of the library's types, strictly (see the remarks on <see cref="CrmJson"/>).</summary>
    /// <exception cref="JsonException">The text is not valid JSON, is <c>null</c>, has an unknown, duplicate or missing
    /// member, or breaks a rule of the type.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a serialisable type of the library (see <see cref="SerializableTypes"/>).</exception>
    public static T Deserialize<T>(string json)
    {
        Guard.Against.Null(json);
        var typeInfo = GetTypeInfo<T>();
        var utf8 = Encoding.UTF8.GetBytes(json);
        try
        {
#if !NET10_0_OR_GREATER
            try
            {
                DuplicateMemberScan.Refuse(utf8, Options);
            }
            catch (JsonException ex) when (ex.GetType() != typeof(JsonException))
            {
                // Malformed text (the reader's own subtype): the serializer below fails on it too, with the path.
            }
#endif
            return JsonSerializer.Deserialize(utf8, typeInfo)
                ?? throw new JsonException($"Expected a {typeof(T).Name}, found null.");
        }
        catch (JsonException ex) when (ex.Path is { } path && (ex.Data[ResultRowConverter<object>.RelativePath] is string || !ex.Message.Contains("Path:", StringComparison.Ordinal)))
        {
            // The library's own converters name the type and member; System.Text.Json knows where the object was. A
            // result row's refusal knows the rest (the member, or the path inside the row): the two make the path.
            throw Placed(ex, path);
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
        catch (NotSupportedException ex)
        {
            // The type is supported (GetTypeInfo above said so): System.Text.Json raises this for an event object
            // without its "type" discriminator, which is bad input like any other.
            throw new JsonException($"Invalid {typeof(T).Name}: {ex.Message}", ex);
        }
    }

    // The refusal with its whole path; a result row's carries its original exception (the constructor's
    // ArgumentException) as the inner one, and a message that named the path inside the row names the whole path.
    private static JsonException Placed(JsonException ex, string path)
    {
        if (ex.Data[ResultRowConverter<object>.RelativePath] is not string relative)
        {
            return new JsonException($"{ex.Message} Path: {path}.", path, ex.LineNumber, ex.BytePositionInLine, ex);
        }

        var full = path + relative;
        var inRow = "Path: $" + relative;
        var message = ex.Message.Contains(inRow, StringComparison.Ordinal)
            ? ex.Message.Replace(inRow, "Path: " + full, StringComparison.Ordinal)
            : $"{ex.Message} Path: {full}.";
        return new JsonException(message, full, ex.LineNumber, ex.BytePositionInLine, ex.InnerException ?? ex);
    }

    /// <summary>The metadata for <typeparamref name="T"/>.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a serialisable type of the library (see <see cref="SerializableTypes"/>).</exception>
    public static JsonTypeInfo<T> GetTypeInfo<T>() =>
        Options.TryGetTypeInfo(typeof(T), out var info) && info is JsonTypeInfo<T> typed
            ? typed
            : throw new NotSupportedException($"{typeof(T)} is not a serialisable type of Crm.Domain; the list is CrmJson.SerializableTypes.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            TypeInfoResolver = new ResultRowResolver(JsonTypeInfoResolver.Combine(Contexts).WithAddedModifier(StrictMembers.Install)),
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
#if NET9_0_OR_GREATER
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
#endif
#if NET10_0_OR_GREATER
            AllowDuplicateProperties = false,
#endif
        };
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.MakeReadOnly();
        return options;
    }

    private static ReadOnlyCollection<Type> CollectSerializableTypes() =>
        Contexts
            .SelectMany(c => c.GetType().GetCustomAttributesData())
            .Where(a => a.AttributeType == typeof(JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!)
            .Where(t => t.IsVisible) // the contexts also carry internal converter DTOs: not a caller's type
            .Distinct()
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList()
            .AsReadOnly();
}
