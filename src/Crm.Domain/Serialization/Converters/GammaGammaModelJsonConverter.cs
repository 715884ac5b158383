using System.Text.Json;
using Crm.Domain.CustomerValue.Models.GammaGamma;

namespace Crm.Domain.Serialization.Converters;

/// <summary>Writes a <see cref="GammaGammaModel"/> as an object of its parameters; reading validates through <see cref="GammaGammaModel.Create"/>.</summary>
internal sealed class GammaGammaModelJsonConverter : ValidatingConverter<GammaGammaModel>
{
    private static readonly string[] Names = ["p", "q", "gamma"];

    protected override GammaGammaModel ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var v = ModelParametersJson.Read(ref reader, nameof(GammaGammaModel), Names);
        return GammaGammaModel.Create(v[0], v[1], v[2]);
    }

    public override void Write(Utf8JsonWriter writer, GammaGammaModel value, JsonSerializerOptions options) =>
        ModelParametersJson.Write(writer, Names, value.P, value.Q, value.Gamma);
}
