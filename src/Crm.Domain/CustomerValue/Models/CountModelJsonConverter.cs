namespace Crm.Domain.CustomerValue.Models;

/// <summary>
/// Writes a count model as an object of its four named parameters (<c>{"r":…,"alpha":…,"a":…,"b":…}</c>); reading
/// validates through the same factory as the model's <c>Create</c>.
/// </summary>
internal sealed class CountModelJsonConverter<TModel>() : ModelParametersConverter<TModel>([.. TModel.ParameterNames])
    where TModel : struct, ICountModel<TModel>
{
    protected override TModel Create(double[] parameters) =>
        CountModels.Create<TModel>(parameters[0], parameters[1], parameters[2], parameters[3]);

    protected override double[] Parameters(TModel model)
    {
        var (p0, p1, p2, p3) = model.Parameters;
        return [p0, p1, p2, p3];
    }
}
