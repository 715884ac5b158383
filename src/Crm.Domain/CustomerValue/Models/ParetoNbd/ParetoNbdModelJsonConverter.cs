using System.Text.Json;
using Crm.Domain.Json;

namespace Crm.Domain.CustomerValue.Models.ParetoNbd;

/// <summary>Writes a <see cref="ParetoNbdModel"/> as an object of its parameters; reading validates through <see cref="ParetoNbdModel.Create"/>.</summary>
internal sealed class ParetoNbdModelJsonConverter : ValidatingConverter<ParetoNbdModel>
{
    private static readonly string[] Names = ["r", "alpha", "s", "beta"];
    private static readonly JsonObjectShape Shape = new(nameof(ParetoNbdModel), Names);

    protected override ParetoNbdModel ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var v = ModelParametersJson.Read(ref reader, Shape, Names.Length);
        return ParetoNbdModel.Create(v[0], v[1], v[2], v[3]);
    }

    public override void Write(Utf8JsonWriter writer, ParetoNbdModel value, JsonSerializerOptions options) =>
        ModelParametersJson.Write(writer, Names, value.R, value.Alpha, value.S, value.Beta);
}
