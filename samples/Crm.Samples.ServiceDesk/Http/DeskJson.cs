using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Domain.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Crm.Samples.ServiceDesk.Http;

/// <summary>
/// The HTTP JSON options: the library's types through <see cref="CrmJson.TypeInfoResolver"/> (first in the chain), the
/// desk's request records through reflection, and the same strictness as CrmJson for both: unknown and duplicate
/// members, missing required members, nulls in non-nullable members, numbers in strings or enums, and named
/// floating-point literals (NaN, Infinity) are refused — the request is a 400 and nothing is stored.
/// </summary>
public static class DeskJson
{
    /// <summary>Applies the desk's settings to ASP.NET Core's <paramref name="options"/>.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.TypeInfoResolverChain.Insert(0, CrmJson.TypeInfoResolver);
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.AllowDuplicateProperties = false;
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
    }
}
