using System.Text.Json;
using Crm.Domain.Json;

namespace Crm.Domain.CustomerValue.Models.BgNbd;

/// <summary>Writes a <see cref="BgNbdModel"/> as an object of its parameters; reading validates through <see cref="BgNbdModel.Create"/>.</summary>
internal sealed class BgNbdModelJsonConverter : ValidatingConverter<BgNbdModel>
{
    private static readonly string[] Names = ["r", "alpha", "a", "b"];
    private static readonly JsonObjectShape Shape = new(nameof(BgNbdModel), Names);

    protected override BgNbdModel ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var v = ModelParametersJson.Read(ref reader, Shape, Names.Length);
        return BgNbdModel.Create(v[0], v[1], v[2], v[3]);
    }

    public override void Write(Utf8JsonWriter writer, BgNbdModel value, JsonSerializerOptions options) =>
        ModelParametersJson.Write(writer, Names, value.R, value.Alpha, value.A, value.B);
}
