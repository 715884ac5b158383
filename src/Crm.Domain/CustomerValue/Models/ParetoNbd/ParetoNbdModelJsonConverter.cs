namespace Crm.Domain.CustomerValue.Models.ParetoNbd;

/// <summary>Writes a <see cref="ParetoNbdModel"/> as an object of its parameters; reading validates through <see cref="ParetoNbdModel.Create"/>.</summary>
internal sealed class ParetoNbdModelJsonConverter() : ModelParametersConverter<ParetoNbdModel>("r", "alpha", "s", "beta")
{
    protected override ParetoNbdModel Create(double[] p) => ParetoNbdModel.Create(p[0], p[1], p[2], p[3]);

    protected override double[] Parameters(ParetoNbdModel value) => [value.R, value.Alpha, value.S, value.Beta];
}
