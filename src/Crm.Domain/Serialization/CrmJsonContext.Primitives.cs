using System.Text.Json.Serialization;
using Crm.Domain.CustomerValue;
using Crm.Domain.Primitives;
using Crm.Domain.Scoring;
using Crm.Domain.Specifications;

namespace Crm.Domain.Serialization;

[JsonSerializable(typeof(Currency))]
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(Ratio))]
[JsonSerializable(typeof(Probability))]
[JsonSerializable(typeof(Percentage))]
[JsonSerializable(typeof(CustomerId))]
[JsonSerializable(typeof(Score))]
[JsonSerializable(typeof(ScoreContribution))]
[JsonSerializable(typeof(ScoreBreakdown))]
[JsonSerializable(typeof(SpecificationResult))]
[JsonSerializable(typeof(CustomerSummary))]
internal sealed partial class CrmJsonContext;
