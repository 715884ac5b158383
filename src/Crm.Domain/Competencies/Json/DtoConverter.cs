using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Crm.Domain.Json;

namespace Crm.Domain.Competencies.Json;

/// <summary>
/// Reads a class with invariants through a plain DTO and its validating constructor, so invalid JSON becomes a
/// <see cref="JsonException"/> (never a half-valid object); writes the DTO.
/// </summary>
internal abstract class DtoConverter<TModel, TDto> : ValidatingConverter<TModel>
    where TDto : class
{
    protected abstract TModel ToModel(TDto dto);

    protected abstract TDto ToDto(TModel model);

    protected sealed override TModel ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            throw new JsonException($"Expected a {typeof(TModel).Name} object, found null.");
        }

        var dto = JsonSerializer.Deserialize(ref reader, TypeInfo(options))
            ?? throw new JsonException($"Expected a {typeof(TModel).Name} object, found null.");
        return ToModel(dto);
    }

    public sealed override void Write(Utf8JsonWriter writer, TModel value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, ToDto(value), TypeInfo(options));

    private static JsonTypeInfo<TDto> TypeInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<TDto>)options.GetTypeInfo(typeof(TDto));

    /// <summary>A JSON array that may be missing (default) or hold nulls: missing reads as empty.</summary>
    protected static IEnumerable<T> Items<T>(System.Collections.Immutable.ImmutableArray<T> items) => items.IsDefault ? [] : items;
}
