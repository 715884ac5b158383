using System.Text.Json;
using Crm.Domain.Json;

namespace Crm.Domain.CustomerValue.Models.MbgNbd;

/// <summary>Writes a <see cref="MbgNbdModel"/> as an object of its parameters; reading validates through <see cref="MbgNbdModel.Create"/>.</summary>
internal sealed class MbgNbdModelJsonConverter : ValidatingConverter<MbgNbdModel>
{
    private static readonly string[] Names = ["r", "alpha", "a", "b"];
    private static readonly JsonObjectShape Shape = new(nameof(MbgNbdModel), Names);

    protected override MbgNbdModel ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var v = ModelParametersJson.Read(ref reader, Shape, Names.Length);
        return MbgNbdModel.Create(v[0], v[1], v[2], v[3]);
    }

    public override void Write(Utf8JsonWriter writer, MbgNbdModel value, JsonSerializerOptions options) =>
        ModelParametersJson.Write(writer, Names, value.R, value.Alpha, value.A, value.B);
}
