using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.Fitting;
using Crm.Domain.CustomerValue.Models.GammaGamma;
using Crm.Domain.CustomerValue.Models.ParetoNbd;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>The three CDNOW fits, computed once per test run and shared by the validation tests.</summary>
public static class CdnowFits
{
    private static readonly Lazy<ModelFit<BgNbdModel>> BgNbdFit = new(() => BgNbdModel.Fit(CdnowData.Summaries));
    private static readonly Lazy<ModelFit<ParetoNbdModel>> ParetoNbdFit = new(() => ParetoNbdModel.Fit(CdnowData.Summaries));
    private static readonly Lazy<ModelFit<GammaGammaModel>> GammaGammaFit = new(() => GammaGammaModel.Fit(CdnowData.Summaries));

    public static ModelFit<BgNbdModel> BgNbd => BgNbdFit.Value;

    public static ModelFit<ParetoNbdModel> ParetoNbd => ParetoNbdFit.Value;

    public static ModelFit<GammaGammaModel> GammaGamma => GammaGammaFit.Value;
}
