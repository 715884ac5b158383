namespace Crm.Domain.CustomerValue.Models.BgNbd;

/// <summary>Writes a <see cref="BgNbdModel"/> as an object of its parameters; reading validates through <see cref="BgNbdModel.Create"/>.</summary>
internal sealed class BgNbdModelJsonConverter() : ModelParametersConverter<BgNbdModel>("r", "alpha", "a", "b")
{
    protected override BgNbdModel Create(double[] p) => BgNbdModel.Create(p[0], p[1], p[2], p[3]);

    protected override double[] Parameters(BgNbdModel value) => [value.R, value.Alpha, value.A, value.B];
}
