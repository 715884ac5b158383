namespace Crm.Domain.CustomerValue.Models.MbgNbd;

/// <summary>Writes a <see cref="MbgNbdModel"/> as an object of its parameters; reading validates through <see cref="MbgNbdModel.Create"/>.</summary>
internal sealed class MbgNbdModelJsonConverter() : ModelParametersConverter<MbgNbdModel>("r", "alpha", "a", "b")
{
    protected override MbgNbdModel Create(double[] p) => MbgNbdModel.Create(p[0], p[1], p[2], p[3]);

    protected override double[] Parameters(MbgNbdModel value) => [value.R, value.Alpha, value.A, value.B];
}
