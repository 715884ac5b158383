using System.Text.Json;
using Crm.Domain.Json;

namespace Crm.Domain.CustomerValue.Models.GammaGamma;

/// <summary>Writes a <see cref="GammaGammaModel"/> as an object of its parameters; reading validates through <see cref="GammaGammaModel.Create"/>.</summary>
internal sealed class GammaGammaModelJsonConverter : ValidatingConverter<GammaGammaModel>
{
    private static readonly string[] Names = ["p", "q", "gamma"];
    private static readonly JsonObjectShape Shape = new(nameof(GammaGammaModel), Names);

    protected override GammaGammaModel ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var v = ModelParametersJson.Read(ref reader, Shape, Names.Length);
        return GammaGammaModel.Create(v[0], v[1], v[2]);
    }

    public override void Write(Utf8JsonWriter writer, GammaGammaModel value, JsonSerializerOptions options) =>
        ModelParametersJson.Write(writer, Names, value.P, value.Q, value.Gamma);
}
