namespace Crm.Domain.CustomerValue.Models.GammaGamma;

/// <summary>Writes a <see cref="GammaGammaModel"/> as an object of its parameters; reading validates through <see cref="GammaGammaModel.Create"/>.</summary>
internal sealed class GammaGammaModelJsonConverter() : ModelParametersConverter<GammaGammaModel>([.. GammaGammaModel.ParameterNames])
{
    protected override GammaGammaModel Create(double[] p) => GammaGammaModel.Create(p[0], p[1], p[2]);

    protected override double[] Parameters(GammaGammaModel value) => [value.P, value.Q, value.Gamma];
}
