using System.Collections.Immutable;
using Crm.Domain.Competencies.Catalogue;

namespace Crm.Domain.Competencies;

/// <summary>
/// The built-in frameworks, all on the same types: Gartner's eight building blocks (the spine), the customer-centric
/// model, Payne and Frow's five processes, IDIC, Buttle's CRM value chain and the QCi model.
/// </summary>
/// <remarks>Each framework is built once and shared (immutable, thread-safe). Criterion ids are
/// <c>block.criterion</c>; all weights are 1 (edit a copy through JSON or code to weight them).</remarks>
public static class CompetencyFrameworks
{
    /// <summary>The id of <see cref="Gartner"/>.</summary>
    public const string GartnerId = "gartner-crm-competency";

    /// <summary>The id of <see cref="CustomerCentricModel"/>.</summary>
    public const string CustomerCentricModelId = "customer-centric-model";

    /// <summary>The id of <see cref="Payne"/>.</summary>
    public const string PayneId = "payne-five-processes";

    /// <summary>The id of <see cref="Idic"/>.</summary>
    public const string IdicId = "idic";

    /// <summary>The id of <see cref="ButtleValueChain"/>.</summary>
    public const string ButtleValueChainId = "buttle-value-chain";

    /// <summary>The id of <see cref="Qci"/>.</summary>
    public const string QciId = "qci-customer-management";

    /// <summary>The id of Gartner's metrics block, scored from a KPI scorecard by <see cref="MetricsMaturityRule"/>.</summary>
    public const string GartnerMetricsBlockId = "metrics";

    /// <summary>Gartner's CRM competency model: vision, strategy, valued customer experience (one criterion per
    /// <see cref="ExperienceStage"/>), organisational collaboration (strategy, process, culture, IT), processes,
    /// information, technology and metrics (one criterion per KPI), 46 criteria.</summary>
    public static CompetencyFramework Gartner { get; } = GartnerFramework.Create();

    /// <summary>The customer-centric model's six elements.</summary>
    public static CompetencyFramework CustomerCentricModel { get; } = CustomerCentricFrameworks.CustomerCentricModel();

    /// <summary>Payne and Frow's five cross-functional CRM processes.</summary>
    public static CompetencyFramework Payne { get; } = CustomerCentricFrameworks.Payne();

    /// <summary>IDIC: identify, differentiate, interact, customize.</summary>
    public static CompetencyFramework Idic { get; } = ModelFrameworks.Idic();

    /// <summary>Buttle's CRM value chain.</summary>
    public static CompetencyFramework ButtleValueChain { get; } = ModelFrameworks.Buttle();

    /// <summary>The QCi customer management model: eight elements, each with an intention and a reality criterion.</summary>
    public static CompetencyFramework Qci { get; } = ModelFrameworks.Qci();

    /// <summary>All built-in frameworks, Gartner first.</summary>
    public static ImmutableArray<CompetencyFramework> All { get; } = [Gartner, CustomerCentricModel, Payne, Idic, ButtleValueChain, Qci];
}
