using System.Text.Json.Serialization;
using Crm.Domain.Metrics.Service;

namespace Crm.Domain.Serialization;

[JsonSerializable(typeof(ClosedCase))]
[JsonSerializable(typeof(DurationStats))]
[JsonSerializable(typeof(DailyCallCount))]
[JsonSerializable(typeof(MonthlyCallCount))]
[JsonSerializable(typeof(CallVolume))]
internal sealed partial class CrmJsonContext;
