namespace Crm.Samples.Cluster.Grains.Wire;

/// <summary>Rebuilds an <see cref="ArgumentNullException"/> with the same message and parameter name.</summary>
[RegisterConverter]
public sealed class ArgumentNullExceptionConverter : IConverter<ArgumentNullException, ArgumentSurrogate>
{
    /// <inheritdoc />
    public ArgumentNullException ConvertFromSurrogate(in ArgumentSurrogate surrogate) =>
        new(surrogate.ParamName, surrogate.BareMessage(new ArgumentNullException(surrogate.ParamName, string.Empty).Message));

    /// <inheritdoc />
    public ArgumentSurrogate ConvertToSurrogate(in ArgumentNullException value) => new(value.Message, value.ParamName);
}
