using System.Text.Json;

namespace Crm.Domain.Json;

/// <summary>
/// The members of a JSON object that a hand-written converter reads: which names exist (matched case-insensitively,
/// as the web defaults of <c>CrmJson</c> match source-generated properties) and which of them are required.
/// Build one per converter (a <c>static readonly</c> field) and read with <see cref="Begin"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. At most 64 members (the reader tracks them in one bit set).</remarks>
internal sealed class JsonObjectShape
{
    private readonly string[] _names;
    private readonly ulong _required;

    /// <summary>A shape whose members are <paramref name="required"/> (in that order, indices 0..) followed by
    /// <paramref name="optional"/> (indices continue after the required ones).</summary>
    public JsonObjectShape(string typeName, string[] required, params string[] optional)
    {
        TypeName = typeName;
        _names = [.. required, .. optional];
        if (_names.Length > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(optional), _names.Length, "A JSON object shape has at most 64 members.");
        }

        _required = required.Length == 64 ? ulong.MaxValue : (1UL << required.Length) - 1;
    }

    /// <summary>The name of the type read, used in every message.</summary>
    public string TypeName { get; }

    /// <summary>The name of member <paramref name="index"/> as written.</summary>
    public string NameOf(int index) => _names[index];

    /// <summary>Checks the reader is on the start of an object and returns the cursor over its members.</summary>
    /// <exception cref="JsonException">The token is not <see cref="JsonTokenType.StartObject"/>.</exception>
    public JsonObjectReader Begin(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.StartObject
            ? new JsonObjectReader(this)
            : throw new JsonException($"Expected a JSON object for {TypeName}, found {reader.TokenType}.");

    internal int IndexOf(string name)
    {
        for (int i = 0; i < _names.Length; i++)
        {
            if (string.Equals(_names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    internal void RequireAll(ulong seen)
    {
        var missing = _required & ~seen;
        if (missing != 0)
        {
            var names = Enumerable.Range(0, _names.Length).Where(i => (missing & (1UL << i)) != 0).Select(i => $"'{_names[i]}'");
            throw new JsonException($"{TypeName} needs {string.Join(", ", names)} (missing member).");
        }
    }

    internal JsonException Unknown(string name) =>
        new($"Unknown member '{name}' in {TypeName}; its members are {string.Join(", ", _names.Select(n => $"'{n}'"))}.");
}
