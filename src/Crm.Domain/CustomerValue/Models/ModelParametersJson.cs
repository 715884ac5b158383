using System.Text.Json;
using Crm.Domain.Json;

namespace Crm.Domain.CustomerValue.Models;

/// <summary>Reads and writes a flat JSON object of named numeric model parameters, all required, through the strict
/// <see cref="JsonObjectReader"/>.</summary>
internal static class ModelParametersJson
{
    /// <summary>Reads an object whose members are exactly those of <paramref name="shape"/>, each a number.</summary>
    public static double[] Read(ref Utf8JsonReader reader, JsonObjectShape shape, int count)
    {
        var values = new double[count];
        var members = shape.Begin(ref reader);
        while (members.Next(ref reader))
        {
            values[members.Member] = members.Double(ref reader);
        }

        return values;
    }

    public static void Write(Utf8JsonWriter writer, string[] names, params double[] values)
    {
        writer.WriteStartObject();
        for (int i = 0; i < names.Length; i++)
        {
            writer.WriteNumber(names[i], values[i]);
        }

        writer.WriteEndObject();
    }
}
