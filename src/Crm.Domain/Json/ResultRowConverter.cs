using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Crm.Domain.Json;

/// <summary>
/// Reads and writes a result row (a record whose constructor and <c>init</c> accessors guard its members) through its
/// source-generated metadata, and turns the constructor's refusal into a <see cref="JsonException"/> that
/// System.Text.Json can place: thrown from a converter with no path, it gets the path of the row, and the refused
/// member (from <see cref="ArgumentException.ParamName"/>) goes with it as the rest of the path (see
/// <see cref="RelativePath"/>). System.Text.Json offers no hook around a parameterised constructor, so the row's own
/// metadata is run from here, one level down.
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
internal sealed class ResultRowConverter<T> : JsonConverter<T>
{
    /// <summary>The key of <see cref="Exception.Data"/> under which the path inside the row is carried (".probability",
    /// ".shares[0].share"), for <see cref="Serialization.CrmJson"/> to append to the row's path.</summary>
    public const string RelativePath = "Crm.Domain.Json.RelativePath";

    private readonly JsonTypeInfo<T> _row;

    /// <param name="row">The row's source-generated metadata, bound to the same options.</param>
    public ResultRowConverter(JsonTypeInfo<T> row) => _row = row;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return JsonSerializer.Deserialize(ref reader, _row);
        }
        catch (ArgumentException ex)
        {
            var member = _row.Properties.FirstOrDefault(p => string.Equals(p.Name, ex.ParamName, StringComparison.OrdinalIgnoreCase)
                || (p.AttributeProvider is System.Reflection.MemberInfo m && m.Name == ex.ParamName));
            throw Placed($"Invalid {typeof(T).Name}: {ex.Message}", ex, member is null ? string.Empty : "." + member.Name);
        }
        catch (JsonException ex) when (ex.Path is { } inner)
        {
            // Raised inside the row (a nested row, a strict-member rule): its path starts at the row, "$".
            throw Placed(ex.Message, ex.InnerException ?? ex, inner[1..] + (ex.Data[RelativePath] as string));
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => JsonSerializer.Serialize(writer, value, _row);

    private static JsonException Placed(string message, Exception inner, string relativePath)
    {
        var placed = new JsonException(message, inner);
        placed.Data[RelativePath] = relativePath;
        return placed;
    }
}
