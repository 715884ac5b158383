namespace Crm.Samples.Cluster.Grains.Wire;

/// <summary>Rebuilds an <see cref="ArgumentOutOfRangeException"/> with the same message and parameter name;
/// <see cref="ArgumentOutOfRangeException.ActualValue"/> (any object) comes back as its text, which keeps the
/// message the same.</summary>
[RegisterConverter]
public sealed class ArgumentOutOfRangeExceptionConverter : IConverter<ArgumentOutOfRangeException, ArgumentSurrogate>
{
    /// <inheritdoc />
    public ArgumentOutOfRangeException ConvertFromSurrogate(in ArgumentSurrogate surrogate) =>
        new(surrogate.ParamName, surrogate.ActualValue,
            surrogate.BareMessage(new ArgumentOutOfRangeException(surrogate.ParamName, surrogate.ActualValue, string.Empty).Message));

    /// <inheritdoc />
    public ArgumentSurrogate ConvertToSurrogate(in ArgumentOutOfRangeException value) =>
        new(value.Message, value.ParamName, value.ActualValue?.ToString());
}
