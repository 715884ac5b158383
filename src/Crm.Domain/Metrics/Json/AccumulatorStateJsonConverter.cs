using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Crm.Domain.Json;

namespace Crm.Domain.Metrics.Json;

/// <summary>
/// The one JSON converter of every accumulator: it writes the accumulator's state record
/// (<see cref="IAccumulatorState{TSelf, TState}.ToState"/>) with that record's source-generated contract, and reads
/// the record back through <see cref="IAccumulatorState{TSelf, TState}.FromState"/>, so an impossible state is a
/// <see cref="JsonException"/>, never a half-valid accumulator. The state record must be registered in a room's
/// JSON context. JSON <c>null</c> is refused for class accumulators too (the summary builder): a missing
/// accumulator is not an empty one.
/// </summary>
internal sealed class AccumulatorStateJsonConverter<TAccumulator, TState> : ValidatingConverter<TAccumulator>
    where TAccumulator : IAccumulatorState<TAccumulator, TState>
    where TState : notnull
{
    // Without it System.Text.Json answers JSON null with a null builder before this converter is asked.
    public override bool HandleNull => true;

    protected override TAccumulator ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        TState? state;
        try
        {
            state = JsonSerializer.Deserialize(ref reader, StateInfo(options));
        }
        catch (Exception ex) when (ex is FormatException or TimeZoneNotFoundException or OverflowException)
        {
            // NodaTime's converters refuse an unparsable date or an unknown zone id with their own exceptions.
            throw new JsonException($"Invalid {typeof(TAccumulator).Name}: {ex.Message}", ex);
        }

        return state is null
            ? throw new JsonException($"Expected the state of a {typeof(TAccumulator).Name} ({typeof(TState).Name}), found null.")
            : TAccumulator.FromState(state);
    }

    public override void Write(Utf8JsonWriter writer, TAccumulator value, JsonSerializerOptions options)
    {
        // Only a class accumulator can be null; writing it would give JSON that cannot be read back.
        if (value is null)
        {
            throw new JsonException($"A null {typeof(TAccumulator).Name} cannot be written: it would not read back.");
        }

        JsonSerializer.Serialize(writer, value.ToState(), StateInfo(options));
    }

    private static JsonTypeInfo<TState> StateInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<TState>)options.GetTypeInfo(typeof(TState));
}
