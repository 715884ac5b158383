namespace Crm.Samples.Cluster.Grains.Wire;

/// <summary>Library enums cross the grain boundary by name (Orleans then never serialises library types).</summary>
public static class WireEnums
{
    /// <summary>Parses a defined member name (case-sensitive); anything else is an <see cref="ArgumentException"/>
    /// naming the parameter, the value and the allowed names.</summary>
    public static TEnum Parse<TEnum>(string value, string parameterName)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _)
            ? parsed
            : throw new ArgumentException($"{parameterName} was '{value}'; allowed: {string.Join(", ", Enum.GetNames<TEnum>())}.", parameterName);
}
