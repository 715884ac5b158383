using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Domain.Metrics.Json;
using Crm.Domain.Primitives;

namespace Crm.Domain.CustomerValue.Summaries;

/// <summary>
/// Gives a <see cref="CustomerSummaryBuilder{TCustomer}"/> the one accumulator converter
/// (<see cref="AccumulatorStateJsonConverter{TAccumulator, TState}"/>: the builder's JSON is its state's JSON). A
/// factory because an attribute cannot name the closed converter of a generic type; the keys are listed rather than
/// made with <c>MakeGenericType</c> so that trimming and native AOT keep working, and they are exactly the keys whose
/// state is registered in the customer-value summaries' JSON context.
/// </summary>
internal sealed class CustomerSummaryBuilderJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(CustomerSummaryBuilder<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var key = typeToConvert.GetGenericArguments()[0];
        return key == typeof(CustomerId) ? Of<CustomerId>()
            : key == typeof(string) ? Of<string>()
            : key == typeof(long) ? Of<long>()
            : key == typeof(int) ? Of<int>()
            : throw new NotSupportedException(
                $"{typeToConvert.Name} with key {key.Name} has no JSON contract: CrmJson stores summary builders keyed by CustomerId, string, long or int (CrmJson.SerializableTypes lists them).");
    }

    private static AccumulatorStateJsonConverter<CustomerSummaryBuilder<TCustomer>, CustomerSummaryBuilderState<TCustomer>> Of<TCustomer>()
        where TCustomer : notnull, IEquatable<TCustomer> => new();
}
