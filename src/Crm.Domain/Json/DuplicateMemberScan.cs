using System.Text.Json;

namespace Crm.Domain.Json;

/// <summary>
/// The .NET 8 stand-in for <c>JsonSerializerOptions.AllowDuplicateProperties = false</c> (new in .NET 10): one pass of
/// <see cref="Utf8JsonReader"/> over the text before <c>CrmJson.Deserialize</c> reads it, refusing
/// a member name given twice in one object. Names are compared ordinally, because dictionary keys that differ only in
/// case are distinct; the library's hand-written converters also refuse case-insensitive repeats of their members.
/// Compiled for every target so that its tests run everywhere; only the .NET 8 build of <c>CrmJson</c> calls it.
/// </summary>
internal static class DuplicateMemberScan
{
    /// <exception cref="JsonException">An object has a member name twice (the message and <see cref="JsonException.Path"/> give where).</exception>
    public static void Refuse(ReadOnlySpan<byte> utf8, JsonSerializerOptions options)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            AllowTrailingCommas = options.AllowTrailingCommas,
            CommentHandling = options.ReadCommentHandling,
            MaxDepth = options.MaxDepth == 0 ? 64 : options.MaxDepth,
        });

        // One frame per open container: the names seen so far (null for an array) and the path segment to it.
        var frames = new List<(HashSet<string>? Names, string Path)>();
        string? member = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    var path = frames.Count == 0 ? "$" : member is null ? $"{frames[^1].Path}[]" : $"{frames[^1].Path}.{member}";
                    frames.Add((reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null, path));
                    member = null;
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    frames.RemoveAt(frames.Count - 1);
                    member = null;
                    break;
                case JsonTokenType.PropertyName:
                    member = reader.GetString()!;
                    if (!frames[^1].Names!.Add(member))
                    {
                        var at = $"{frames[^1].Path}.{member}";
                        throw new JsonException($"Duplicate member '{member}' in one object. Path: {at}.", at, lineNumber: null, bytePositionInLine: reader.TokenStartIndex);
                    }

                    break;
                default:
                    member = null;
                    break;
            }
        }
    }
}
