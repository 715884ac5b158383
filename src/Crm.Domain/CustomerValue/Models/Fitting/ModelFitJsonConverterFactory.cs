using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.GammaGamma;
using Crm.Domain.CustomerValue.Models.MbgNbd;
using Crm.Domain.CustomerValue.Models.ParetoNbd;
using Crm.Domain.Json;

namespace Crm.Domain.CustomerValue.Models.Fitting;

/// <summary>
/// Saves a <see cref="ModelFit{TModel}"/> as its <see cref="FitReport"/> (the estimates are the model) and loads it by
/// rebuilding the model from the estimates through the model's validating factory. A report of another model (its
/// name or its parameter names differ) is a <see cref="JsonException"/>, so a Pareto/NBD report never loads as a BG/NBD.
/// </summary>
internal sealed class ModelFitJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ModelFit<>) && Known(typeToConvert.GetGenericArguments()[0]);

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var model = typeToConvert.GetGenericArguments()[0];
        return model == typeof(BgNbdModel) ? Count<BgNbdModel>()
            : model == typeof(ParetoNbdModel) ? Count<ParetoNbdModel>()
            : model == typeof(MbgNbdModel) ? Count<MbgNbdModel>()
            : model == typeof(GammaGammaModel) ? new Converter<GammaGammaModel>(v => GammaGammaModel.Create(v[0], v[1], v[2]), GammaGammaModel.Notation, [.. GammaGammaModel.ParameterNames])
            : null;
    }

    private static Converter<TModel> Count<TModel>()
        where TModel : struct, ICountModel<TModel> =>
        new(v => CountModels.Create<TModel>(v[0], v[1], v[2], v[3]), TModel.Notation, [.. TModel.ParameterNames]);

    private static bool Known(Type model) =>
        model == typeof(BgNbdModel) || model == typeof(ParetoNbdModel) || model == typeof(MbgNbdModel) || model == typeof(GammaGammaModel);

    private sealed class Converter<TModel>(Func<double[], TModel> create, string notation, string[] names) : ValidatingConverter<ModelFit<TModel>>
        where TModel : struct
    {
        protected override ModelFit<TModel> ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
        {
            var report = FitReportJsonConverter.ReadReport(ref reader);
            if (report.Model != notation || !report.Parameters.Select(p => p.Name).SequenceEqual(names))
            {
                throw new JsonException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Invalid ModelFit<{typeof(TModel).Name}>: the report is of {report.Model}({string.Join(", ", report.Parameters.Select(p => p.Name))}); a {notation} fit has the parameters {string.Join(", ", names)}."));
            }

            return new ModelFit<TModel>(create([.. report.Parameters.Select(p => p.Value)]), report);
        }

        public override void Write(Utf8JsonWriter writer, ModelFit<TModel> value, JsonSerializerOptions options) =>
            FitReportJsonConverter.WriteReport(writer, value.Report);
    }
}
