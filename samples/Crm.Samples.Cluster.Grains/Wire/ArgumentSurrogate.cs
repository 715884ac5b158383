namespace Crm.Samples.Cluster.Grains.Wire;

/// <summary>How the library's guard exceptions (<see cref="ArgumentException"/>, <see cref="ArgumentNullException"/>,
/// <see cref="ArgumentOutOfRangeException"/>) cross the grain boundary: message, parameter name and, for an out-of-range
/// argument, the actual value's text (Orleans' own exception codec keeps the message but drops
/// <see cref="ArgumentException.ParamName"/>).</summary>
[GenerateSerializer]
[Alias("crm.argument")]
public readonly record struct ArgumentSurrogate(
    [property: Id(0)] string Message,
    [property: Id(1)] string? ParamName,
    [property: Id(2)] string? ActualValue = null)
{
    /// <summary>The message without what the runtime appends to it (" (Parameter 'x')", the actual value):
    /// <paramref name="suffix"/> is the message of the same exception built with an empty message.</summary>
    internal string BareMessage(string suffix) =>
        suffix.Length > 0 && Message.EndsWith(suffix, StringComparison.Ordinal) ? Message[..^suffix.Length] : Message;
}
