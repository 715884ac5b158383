using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Crm.Domain.Json;
using Crm.Domain.Metrics.Indices;
using Crm.Domain.Metrics.Service;
using NodaTime.Text;
using NodaTime;

namespace Crm.Domain.Metrics.Json;

// The zone-bound and definition-bound accumulators, persisted as their sufficient statistics. Reading goes through the
// internal FromState factories, which check that the stored parts agree before anything is built.

/// <summary>Reading and writing the zone of a zone-bound accumulator: its TZDB id, or null for the zone-less Empty.</summary>
internal static class ZoneJson
{
    public static DateTimeZone? Read(JsonElement obj, string typeName)
    {
        var value = MetricsJson.Required(obj, "zone", typeName);
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new JsonException($"'zone' of {typeName} must be a TZDB zone id or null; it was {value}.");
        }

        var id = value.GetString()!;
        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(id)
            ?? throw new JsonException($"'zone' of {typeName} is '{id}', which is not a zone of the TZDB ({DateTimeZoneProviders.Tzdb.VersionId}).");
    }

    public static void Write(Utf8JsonWriter writer, DateTimeZone? zone)
    {
        if (zone is null)
        {
            writer.WriteNull("zone");
        }
        else
        {
            writer.WriteString("zone", zone.Id);
        }
    }
}

/// <summary><c>{"zone":"Europe/London"|null,"sameDay":412,"cases":500}</c>.</summary>
internal sealed class SameDayClosureAccumulatorJsonConverter : ValidatingConverter<SameDayClosureAccumulator>
{
    private const string Name = nameof(SameDayClosureAccumulator);

    protected override SameDayClosureAccumulator ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = MetricsJson.ReadObject(ref reader, Name, "zone", "sameDay", "cases");
        return SameDayClosureAccumulator.FromState(ZoneJson.Read(obj, Name), MetricsJson.Int64(obj, "sameDay", Name), MetricsJson.Int64(obj, "cases", Name));
    }

    public override void Write(Utf8JsonWriter writer, SameDayClosureAccumulator value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        ZoneJson.Write(writer, value.Zone);
        writer.WriteNumber("sameDay", value.SameDayCount);
        writer.WriteNumber("cases", value.Count);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"zone":"Europe/London"|null,"total":7,"days":["2026-05-04",...],"counts":[3,...]}</c>: local dates
/// strictly ascending, counts positive and adding up to the total.</summary>
internal sealed class CallVolumeAccumulatorJsonConverter : ValidatingConverter<CallVolumeAccumulator>
{
    private const string Name = nameof(CallVolumeAccumulator);

    protected override CallVolumeAccumulator ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = MetricsJson.ReadObject(ref reader, Name, "zone", "total", "days", "counts");
        var zone = ZoneJson.Read(obj, Name);
        var total = MetricsJson.Int64(obj, "total", Name);
        var counts = MetricsJson.Int64Array(obj, "counts", Name);
        var daysElement = MetricsJson.Required(obj, "days", Name);
        if (daysElement.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException($"'days' of {Name} must be an array of ISO dates; it was {daysElement.ValueKind}.");
        }

        var days = new int[daysElement.GetArrayLength()];
        var i = 0;
        foreach (var item in daysElement.EnumerateArray())
        {
            var parsed = item.ValueKind == JsonValueKind.String ? LocalDatePattern.Iso.Parse(item.GetString()!) : null;
            days[i++] = parsed is { Success: true }
                ? LocalDayMapper.ToEpochDay(parsed.Value)
                : throw new JsonException($"'days' of {Name} must hold ISO dates (uuuu-MM-dd); element {i - 1} was {item}.");
        }

        CallVolumeAccumulator result;
        try
        {
            result = CallVolumeAccumulator.FromState(zone, days, counts);
        }
        catch (OverflowException ex)
        {
            throw new JsonException($"The counts of {Name} add up past the largest 64-bit count.", ex);
        }

        return result.Count == total
            ? result
            : throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"'total' of {Name} is {total}, but its daily counts add up to {result.Count}."));
    }

    public override void Write(Utf8JsonWriter writer, CallVolumeAccumulator value, JsonSerializerOptions options)
    {
        var (days, counts) = value.State;
        writer.WriteStartObject();
        ZoneJson.Write(writer, value.Zone);
        writer.WriteNumber("total", value.Count);
        writer.WriteStartArray("days");
        foreach (var day in days.Span)
        {
            writer.WriteStringValue(LocalDatePattern.Iso.Format(LocalDayMapper.ToDate(day)));
        }

        writer.WriteEndArray();
        MetricsJson.WriteCounts(writer, "counts", counts.ToArray());
        writer.WriteEndObject();
    }
}

/// <summary><c>{"count":5,"sumNanoseconds":"72000000000000","minNanoseconds":..,"maxNanoseconds":..,
/// "zeroCount":0,"offset":1234,"buckets":[counts of buckets offset, offset + 1, ...]}</c>. The 128-bit sum is a
/// decimal string so that readers with 53-bit numbers keep it exact; the bucket store is the sketch's trimmed dense
/// array.</summary>
internal sealed class TimeToResolutionAccumulatorJsonConverter : ValidatingConverter<TimeToResolutionAccumulator>
{
    private const string Name = nameof(TimeToResolutionAccumulator);

    protected override TimeToResolutionAccumulator ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = MetricsJson.ReadObject(ref reader, Name, "count", "sumNanoseconds", "minNanoseconds", "maxNanoseconds", "zeroCount", "offset", "buckets");
        var sumElement = MetricsJson.Required(obj, "sumNanoseconds", Name);
        if (sumElement.ValueKind != JsonValueKind.String
            || !Int128.TryParse(sumElement.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var sum))
        {
            throw new JsonException($"'sumNanoseconds' of {Name} must be a string of decimal digits; it was {sumElement}.");
        }

        var offset = MetricsJson.Int64(obj, "offset", Name);
        if (offset is < int.MinValue or > int.MaxValue)
        {
            throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"'offset' of {Name} is out of range: {offset}."));
        }

        try
        {
            return TimeToResolutionAccumulator.FromState(
                MetricsJson.Int64(obj, "count", Name), sum, MetricsJson.Int64(obj, "minNanoseconds", Name), MetricsJson.Int64(obj, "maxNanoseconds", Name),
                MetricsJson.Int64(obj, "zeroCount", Name), (int)offset, MetricsJson.Int64Array(obj, "buckets", Name));
        }
        catch (OverflowException ex)
        {
            throw new JsonException($"The bucket counts of {Name} add up past the largest 64-bit count.", ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, TimeToResolutionAccumulator value, JsonSerializerOptions options)
    {
        var sketch = value.Sketch;
        writer.WriteStartObject();
        writer.WriteNumber("count", value.Count);
        writer.WriteString("sumNanoseconds", value.SumNanoseconds.ToString(CultureInfo.InvariantCulture));
        writer.WriteNumber("minNanoseconds", value.MinNanoseconds);
        writer.WriteNumber("maxNanoseconds", value.MaxNanoseconds);
        writer.WriteNumber("zeroCount", sketch.ZeroCount);
        writer.WriteNumber("offset", sketch.Offset);
        MetricsJson.WriteCounts(writer, "buckets", sketch.Buckets.ToArray());
        writer.WriteEndObject();
    }
}

/// <summary><c>{"index":{WeightedIndex}|null,"count":120,"sums":[per item],"answers":[per item]}</c>; a null index is
/// <see cref="WeightedIndexAccumulator.Empty"/> and needs a zero count and empty arrays.</summary>
internal sealed class WeightedIndexAccumulatorJsonConverter : ValidatingConverter<WeightedIndexAccumulator>
{
    private const string Name = nameof(WeightedIndexAccumulator);

    protected override WeightedIndexAccumulator ReadValidated(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var obj = MetricsJson.ReadObject(ref reader, Name, "index", "count", "sums", "answers");
        var indexElement = MetricsJson.Required(obj, "index", Name);
        WeightedIndex? index = null;
        if (indexElement.ValueKind != JsonValueKind.Null)
        {
            index = indexElement.ValueKind == JsonValueKind.Object
                ? indexElement.Deserialize(IndexInfo(options))
                : throw new JsonException($"'index' of {Name} must be a WeightedIndex object or null; it was {indexElement.ValueKind}.");
        }

        return WeightedIndexAccumulator.FromState(
            index, MetricsJson.Int64(obj, "count", Name), MetricsJson.Int64Array(obj, "sums", Name), MetricsJson.Int64Array(obj, "answers", Name));
    }

    public override void Write(Utf8JsonWriter writer, WeightedIndexAccumulator value, JsonSerializerOptions options)
    {
        var (sums, answers) = value.State;
        writer.WriteStartObject();
        writer.WritePropertyName("index");
        if (value.Index is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            JsonSerializer.Serialize(writer, value.Index, IndexInfo(options));
        }

        writer.WriteNumber("count", value.Count);
        MetricsJson.WriteCounts(writer, "sums", sums.ToArray());
        MetricsJson.WriteCounts(writer, "answers", answers.ToArray());
        writer.WriteEndObject();
    }

    private static JsonTypeInfo<WeightedIndex> IndexInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<WeightedIndex>)options.GetTypeInfo(typeof(WeightedIndex));
}
