using Crm.Domain.Primitives;

namespace Crm.Samples.Cluster.Grains.Wire;

/// <summary>
/// Rebuilds an <see cref="IllegalTransitionException"/> on the caller's side with the same message, process and
/// states. The message is the library's <c>"{process}: cannot go from '{from}' to '{to}'"</c> followed by <c>"."</c>
/// or <c>": {reason}"</c>, so the reason is recovered from it and the library's own constructor builds the same
/// message again. The server-side stack trace is not carried (the silo's log has it).
/// </summary>
[RegisterConverter]
public sealed class IllegalTransitionConverter : IConverter<IllegalTransitionException, IllegalTransitionSurrogate>
{
    /// <inheritdoc />
    public IllegalTransitionException ConvertFromSurrogate(in IllegalTransitionSurrogate surrogate)
    {
        if (surrogate.Process.Length == 0)
        {
            return new IllegalTransitionException(surrogate.Message);
        }

        var prefix = $"{surrogate.Process}: cannot go from '{surrogate.From}' to '{surrogate.To}'";
        var rest = surrogate.Message.StartsWith(prefix, StringComparison.Ordinal) ? surrogate.Message[prefix.Length..] : null;
        return rest switch
        {
            "." => new IllegalTransitionException(surrogate.Process, surrogate.From, surrogate.To),
            not null when rest.StartsWith(": ", StringComparison.Ordinal) => new IllegalTransitionException(surrogate.Process, surrogate.From, surrogate.To, rest[2..]),
            _ => new IllegalTransitionException(surrogate.Message),
        };
    }

    /// <inheritdoc />
    public IllegalTransitionSurrogate ConvertToSurrogate(in IllegalTransitionException value) => new(value.Message, value.Process, value.From, value.To);
}
