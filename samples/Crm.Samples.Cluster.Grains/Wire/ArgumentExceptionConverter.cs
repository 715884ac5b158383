namespace Crm.Samples.Cluster.Grains.Wire;

/// <summary>Rebuilds an <see cref="ArgumentException"/> with the same message and parameter name.</summary>
[RegisterConverter]
public sealed class ArgumentExceptionConverter : IConverter<ArgumentException, ArgumentSurrogate>
{
    /// <inheritdoc />
    public ArgumentException ConvertFromSurrogate(in ArgumentSurrogate surrogate) =>
        new(surrogate.BareMessage(new ArgumentException(string.Empty, surrogate.ParamName).Message), surrogate.ParamName);

    /// <inheritdoc />
    public ArgumentSurrogate ConvertToSurrogate(in ArgumentException value) => new(value.Message, value.ParamName);
}
