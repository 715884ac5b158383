using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Clv;
using Crm.Domain.CustomerValue.Models.Fitting;
using Crm.Domain.CustomerValue.Models.GammaGamma;
using Crm.Domain.CustomerValue.Models.MbgNbd;
using Crm.Domain.CustomerValue.Models.ParetoNbd;

namespace Crm.Domain.Serialization;

/// <summary>
/// The source-generated JSON metadata of the customer-value models (a context of its own, chained by
/// <see cref="CrmJson"/>: the generator cannot read <c>[JsonSerializable]</c> from several partials of one context,
/// dotnet/runtime#99669).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(BgNbdModel))]
[JsonSerializable(typeof(ParetoNbdModel))]
[JsonSerializable(typeof(MbgNbdModel))]
[JsonSerializable(typeof(GammaGammaModel))]
[JsonSerializable(typeof(DiscountRate))]
[JsonSerializable(typeof(RatePeriod))]
[JsonSerializable(typeof(FitReport))]
[JsonSerializable(typeof(ModelFit<BgNbdModel>))]
[JsonSerializable(typeof(ModelFit<ParetoNbdModel>))]
[JsonSerializable(typeof(ModelFit<MbgNbdModel>))]
[JsonSerializable(typeof(ModelFit<GammaGammaModel>))]
internal sealed partial class CustomerValueModelsJsonContext : JsonSerializerContext;
