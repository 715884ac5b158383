using System.Text.Json.Serialization;
using Crm.Domain.Primitives;

namespace Crm.Domain.Serialization;

[JsonSerializable(typeof(Currency))]
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(Ratio))]
[JsonSerializable(typeof(Probability))]
[JsonSerializable(typeof(Percentage))]
[JsonSerializable(typeof(CustomerId))]
internal sealed partial class CrmJsonContext;
