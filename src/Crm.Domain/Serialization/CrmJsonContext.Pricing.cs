using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Crm.Domain.Sales.Pricing;
using Crm.Domain.Sales.Quotes;

namespace Crm.Domain.Serialization;

/// <summary>The pricing and quote values and records (issue 16, item 3): products, price lists, discounts and their
/// limits, line items, and the <see cref="Quote"/>'s events and snapshot. A context of its own for the reason given on
/// <see cref="CampaignsJsonContext"/>.</summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(Product))]
[JsonSerializable(typeof(PriceTier))]
[JsonSerializable(typeof(PriceListEntry))]
[JsonSerializable(typeof(PriceList))]
[JsonSerializable(typeof(Discount))]
[JsonSerializable(typeof(DiscountLimit))]
[JsonSerializable(typeof(DiscountLimits))]
[JsonSerializable(typeof(LineItem))]
[JsonSerializable(typeof(QuoteEvent))]
[JsonSerializable(typeof(ImmutableArray<QuoteEvent>))]
[JsonSerializable(typeof(QuoteSnapshot))]
internal sealed partial class PricingJsonContext : JsonSerializerContext;
