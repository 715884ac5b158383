using System.Text.Json;
using Crm.Domain.Json;

namespace Crm.Domain.CustomerValue.Models;

/// <summary>
/// Base of the fitted-model converters: a model is written as a flat object of its named parameters
/// (<c>{"r":0.24,"alpha":4.41,"a":0.79,"b":2.43}</c>) and read through the strict <see cref="JsonObjectReader"/> (every
/// parameter required, each a number, no other member) and then the model's validating factory.
/// </summary>
internal abstract class ModelParametersConverter<TModel> : ValidatingConverter<TModel>
{
    private readonly string[] _names;
    private readonly JsonObjectShape _shape;

    protected ModelParametersConverter(params string[] names)
    {
        _names = names;
        _shape = new JsonObjectShape(typeof(TModel).Name, names);
    }

    /// <summary>The model from its parameters, in the order of the names (validates).</summary>
    protected abstract TModel Create(double[] parameters);

    /// <summary>The model's parameters, in the order of the names.</summary>
    protected abstract double[] Parameters(TModel model);

    protected sealed override TModel ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var values = new double[_names.Length];
        var members = _shape.Begin(ref reader);
        while (members.Next(ref reader))
        {
            values[members.Member] = members.Double(ref reader);
        }

        return Create(values);
    }

    public sealed override void Write(Utf8JsonWriter writer, TModel value, JsonSerializerOptions options)
    {
        var values = Parameters(value);
        writer.WriteStartObject();
        for (int i = 0; i < _names.Length; i++)
        {
            writer.WriteNumber(_names[i], values[i]);
        }

        writer.WriteEndObject();
    }
}
