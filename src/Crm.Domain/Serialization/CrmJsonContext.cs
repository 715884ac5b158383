using System.Text.Json;
using System.Text.Json.Serialization;

namespace Crm.Domain.Serialization;

/// <summary>
/// The source-generated JSON metadata of every serialisable type in the library. Internal, so that its generated
/// properties do not become public API; consumers go through <see cref="CrmJson"/>.
/// </summary>
/// <remarks>
/// Each room registers its own types in a partial declaration of its own, <c>CrmJsonContext.&lt;Room&gt;.cs</c>, so
/// that rooms never edit the same file. NodaTime converters come from the options <see cref="CrmJson"/> builds.
/// </remarks>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
internal sealed partial class CrmJsonContext : JsonSerializerContext;
