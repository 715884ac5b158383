using System.Text.Json;
using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.Metrics;
using Crm.Domain.Metrics.Ratings;
using Crm.Domain.Metrics.Service;
using Crm.Domain.Primitives;
using Crm.Domain.Serialization;
using Crm.Domain.Tests.Serialization;
using NodaTime;

namespace Crm.Domain.Tests.Metrics;

/// <summary>
/// Issue 13 item 6 (mutation survivors in Metrics/Json): the exact JSON every metrics result writes (the derived
/// members a reader never reads back, so a round trip cannot see them) and the exact refusal of each malformed shape.
/// Expected JSON is written by hand from the documented shapes.
/// </summary>
public class MetricsJsonShapeTests
{
    private static string Message<T>(string json) => JsonAssert.Invalid<T>(json).Message;

    [Fact]
    public void Nps_results_write_counts_and_derived_figures()
    {
        var nps = NpsAccumulator.Empty.AddRange(new[] { 9, 10, 9, 10, 10, 7, 8, 7, 0, 6 }.Select(NpsRating.Of).ToArray()).Result;
        Assert.Equal(
            """{"distribution":[1,0,0,0,0,0,1,2,1,2,3],"count":10,"promoters":5,"passives":3,"detractors":2,"score":30}""",
            CrmJson.Serialize(nps));
        Assert.Equal(
            """{"distribution":[0,0,0,0,0,0,0,0,0,0,0],"count":0,"promoters":0,"passives":0,"detractors":0,"score":null}""",
            CrmJson.Serialize(NpsAccumulator.Empty.Result));
    }

    [Fact]
    public void Csat_and_ces_results_write_counts_and_derived_figures()
    {
        var csat = CsatAccumulator.Empty.AddRange([CsatRating.Of(5), CsatRating.Of(2)]).Result;
        Assert.Equal("""{"distribution":[0,1,0,0,1],"count":2,"satisfied":1,"satisfaction":0.5,"mean":3.5}""", CrmJson.Serialize(csat));
        Assert.Equal("""{"distribution":[0,0,0,0,0],"count":0,"satisfied":0,"satisfaction":null,"mean":null}""", CrmJson.Serialize(CsatAccumulator.Empty.Result));

        // Agreement 1-7, higher is easier: 6 is easy (2 x 6 > 1 + 7), 3 is not.
        var ces = CesAccumulator.For(CesScale.Agreement7).AddRange([CesRating.Of(6, CesScale.Agreement7), CesRating.Of(3, CesScale.Agreement7)]).Result;
        Assert.Equal(
            """{"scale":{"min":1,"max":7,"direction":"HigherIsEasier"},"distribution":[0,0,1,0,0,1,0],"count":2,"easy":1,"easyShare":0.5,"mean":4.5}""",
            CrmJson.Serialize(ces));
        Assert.Equal(
            """{"scale":null,"distribution":[],"count":0,"easy":0,"easyShare":null,"mean":null}""",
            CrmJson.Serialize(CesAccumulator.Empty.Result));
    }

    [Fact]
    public void Retention_and_cost_results_write_counts_and_derived_figures()
    {
        var retention = RetentionAccumulator.Empty.Add(RetentionPeriodCounts.Of(200, 190, 30)).Result;
        Assert.Equal("""{"start":200,"end":190,"acquired":30,"retentionRate":0.8,"churnRate":0.2}""", CrmJson.Serialize(retention));
        Assert.Equal("""{"start":0,"end":0,"acquired":0,"retentionRate":null,"churnRate":null}""", CrmJson.Serialize(RetentionAccumulator.Empty.Result));
        Assert.Equal("""{"start":5,"end":4,"acquired":1}""", CrmJson.Serialize(RetentionPeriodCounts.Of(5, 4, 1)));

        var cac = AcquisitionCostAccumulator.Empty.Add(AcquisitionSpend.Of(Money.Of(900m, "USD"), 3)).Result;
        Assert.Equal(
            """{"totalSpend":{"amount":900,"currency":"USD"},"customersAcquired":3,"costPerCustomer":{"amount":300,"currency":"USD"}}""",
            CrmJson.Serialize(cac));
        Assert.Equal("""{"totalSpend":null,"customersAcquired":0,"costPerCustomer":null}""", CrmJson.Serialize(AcquisitionCostAccumulator.Empty.Result));
        Assert.Equal("""{"spend":{"amount":600,"currency":"EUR"},"customersAcquired":10}""", CrmJson.Serialize(AcquisitionSpend.Of(Money.Of(600m, "EUR"), 10)));

        var rc = RetentionCostAccumulator.Empty.Add(RetentionSpend.Of(Money.Of(3000m, "EUR"), 40)).Result;
        Assert.Equal(
            """{"totalSpend":{"amount":3000,"currency":"EUR"},"customersRetained":40,"costPerCustomer":{"amount":75,"currency":"EUR"}}""",
            CrmJson.Serialize(rc));
        Assert.Equal("""{"totalSpend":null,"customersRetained":0,"costPerCustomer":null}""", CrmJson.Serialize(RetentionCostAccumulator.Empty.Result));
        Assert.Equal(rc, JsonAssert.RoundTrip(rc));
        Assert.Equal(RetentionCostAccumulator.Empty.Result, JsonAssert.RoundTrip(RetentionCostAccumulator.Empty.Result));
    }

    [Fact]
    public void Uninitialised_ratings_scales_and_spends_are_not_written()
    {
        Assert.Contains("Cannot write an uninitialised default(NpsRating): it is not a score.", Assert.Throws<JsonException>(() => CrmJson.Serialize(default(NpsRating))).Message, StringComparison.Ordinal);
        Assert.Contains("Cannot write an uninitialised default(CsatRating): it is not a score.", Assert.Throws<JsonException>(() => CrmJson.Serialize(default(CsatRating))).Message, StringComparison.Ordinal);
        Assert.Contains("Cannot write an uninitialised default(CesRating): it is not an answer.", Assert.Throws<JsonException>(() => CrmJson.Serialize(default(CesRating))).Message, StringComparison.Ordinal);
        Assert.Contains("Cannot write an uninitialised default(CesScale): it is not a scale.", Assert.Throws<JsonException>(() => CrmJson.Serialize(default(CesScale))).Message, StringComparison.Ordinal);
        Assert.Contains("Cannot write an uninitialised default(AcquisitionSpend).", Assert.Throws<JsonException>(() => CrmJson.Serialize(default(AcquisitionSpend))).Message, StringComparison.Ordinal);
        Assert.Contains("Cannot write an uninitialised default(RetentionSpend).", Assert.Throws<JsonException>(() => CrmJson.Serialize(default(RetentionSpend))).Message, StringComparison.Ordinal);
        Assert.Equal("3", CrmJson.Serialize(CsatRating.Of(3)));
        Assert.Equal("2", CrmJson.Serialize(CesRating.Of(2, CesScale.Effort5)));
        Assert.Equal("""{"min":1,"max":5,"direction":"LowerIsEasier"}""", CrmJson.Serialize(CesScale.Effort5));
    }

    [Fact]
    public void Object_readers_refuse_other_tokens_unknown_and_repeated_members()
    {
        Assert.Contains("Expected a JSON object for NpsResult, found StartArray.", Message<NpsResult>("[1]"), StringComparison.Ordinal);
        const string zeros = "[0,0,0,0,0,0,0,0,0,0,0]";
        Assert.Contains("Unknown member 'x' in NpsResult.", Message<NpsResult>($$"""{"distribution":{{zeros}},"x":1}"""), StringComparison.Ordinal);
        Assert.Contains("Duplicate member 'Distribution' in NpsResult.", Message<NpsResult>($$"""{"distribution":{{zeros}},"Distribution":{{zeros}}}"""), StringComparison.Ordinal);
        Assert.Contains("NpsResult needs 'distribution'.", Message<NpsResult>("""{"count":0}"""), StringComparison.Ordinal);
        Assert.Contains("'distribution' of NpsResult must be an array of counts; it was Number.", Message<NpsResult>("""{"distribution":5}"""), StringComparison.Ordinal);
        Assert.Contains("'distribution' of NpsResult must hold whole numbers; element 1 was a.", Message<NpsResult>("""{"distribution":[1,"a",0,0,0,0,0,0,0,0,0]}"""), StringComparison.Ordinal);
        Assert.Contains("element 0 was 1.5.", Message<CsatResult>("""{"distribution":[1.5,0,0,0,0]}"""), StringComparison.Ordinal);

        // Member names are matched ignoring case; derived members are accepted and ignored.
        Assert.Equal(RetentionPeriodCounts.Of(5, 4, 1), CrmJson.Deserialize<RetentionPeriodCounts>("""{"Start":5,"END":4,"acquired":1}"""));
        var nps = CrmJson.Deserialize<NpsResult>("""{"DISTRIBUTION":[0,0,0,0,0,0,0,0,0,1,0],"count":99,"score":-100}""");
        Assert.Equal(1, nps.Count);
        Assert.Equal(100d, nps.Score);
    }

    [Fact]
    public void Whole_numbers_and_money_are_checked_member_by_member()
    {
        Assert.Contains("'start' of RetentionPeriodCounts must be a whole number; it was 1.5.", Message<RetentionPeriodCounts>("""{"start":1.5,"end":1,"acquired":0}"""), StringComparison.Ordinal);
        Assert.Contains("'end' of RetentionPeriodCounts must be a whole number; it was 1.", Message<RetentionPeriodCounts>("""{"start":1,"end":"1","acquired":0}"""), StringComparison.Ordinal);
        Assert.Contains("RetentionPeriodCounts needs 'acquired'.", Message<RetentionPeriodCounts>("""{"start":1,"end":1}"""), StringComparison.Ordinal);
        Assert.Contains("'start' of RetentionResult must be a whole number", Message<RetentionResult>("""{"start":9223372036854775808,"end":1,"acquired":0}"""), StringComparison.Ordinal);

        const string shape = """must be {"amount": number, "currency": "ISO 4217 code"}""";
        Assert.Contains("'spend' of AcquisitionSpend " + shape + "; it was 5.", Message<AcquisitionSpend>("""{"spend":5,"customersAcquired":1}"""), StringComparison.Ordinal);
        Assert.Contains(shape, Message<AcquisitionSpend>("""{"spend":{"amount":"5","currency":"EUR"},"customersAcquired":1}"""), StringComparison.Ordinal);
        Assert.Contains(shape, Message<AcquisitionSpend>("""{"spend":{"amount":5,"currency":1},"customersAcquired":1}"""), StringComparison.Ordinal);
        Assert.Contains(shape, Message<AcquisitionSpend>("""{"spend":{"currency":"EUR"},"customersAcquired":1}"""), StringComparison.Ordinal);
        Assert.Contains(shape, Message<AcquisitionSpend>("""{"spend":{"amount":5},"customersAcquired":1}"""), StringComparison.Ordinal);
        Assert.Contains("'spend' of RetentionSpend " + shape, Message<RetentionSpend>("""{"spend":null,"customersRetained":1}"""), StringComparison.Ordinal);
        Assert.Contains("AcquisitionSpend needs 'spend'.", Message<AcquisitionSpend>("""{"customersAcquired":1}"""), StringComparison.Ordinal);
        Assert.Equal(AcquisitionSpend.Of(Money.Of(5m, "EUR"), 1), CrmJson.Deserialize<AcquisitionSpend>("""{"spend":{"AMOUNT":5,"Currency":"EUR"},"customersAcquired":1}"""));
        Assert.Equal(RetentionSpend.Of(Money.Of(5m, "EUR"), 2), CrmJson.Deserialize<RetentionSpend>("""{"spend":{"amount":5,"currency":"EUR"},"customersRetained":2}"""));

        // A total spend may be missing or null (nothing spent yet), and then no customer count is refused.
        Assert.Equal(AcquisitionCostAccumulator.Empty.Result, CrmJson.Deserialize<AcquisitionCostResult>("""{"customersAcquired":0}"""));
        Assert.Equal(AcquisitionCostAccumulator.Empty.Result, CrmJson.Deserialize<AcquisitionCostResult>("""{"totalSpend":null,"customersAcquired":0}"""));
        Assert.Equal(RetentionCostAccumulator.Empty.Result, CrmJson.Deserialize<RetentionCostResult>("""{"totalSpend":null,"customersRetained":0}"""));
        Assert.Equal(RetentionCostAccumulator.Empty.Result, CrmJson.Deserialize<RetentionCostResult>("""{"customersRetained":0}"""));
    }

    [Fact]
    public void Ratings_and_scales_read_only_whole_numbers_and_known_directions()
    {
        Assert.Contains("Expected a whole JSON number for NpsRating, found String.", Message<NpsRating>("\"9\""), StringComparison.Ordinal);
        Assert.Contains("Expected a whole JSON number for CsatRating, found Number.", Message<CsatRating>("4.5"), StringComparison.Ordinal);
        Assert.Contains("Expected a whole JSON number for CesRating, found True.", Message<CesRating>("true"), StringComparison.Ordinal);
        Assert.Equal(CsatRating.Of(4), CrmJson.Deserialize<CsatRating>("4"));

        Assert.Equal(CesScale.Agreement7, CrmJson.Deserialize<CesScale>("""{"min":1,"max":7,"direction":"higherIsEasier"}"""));
        Assert.Equal(CesScale.Effort5, CrmJson.Deserialize<CesScale>("""{"min":1,"max":5,"direction":"LOWERISEASIER"}"""));
        Assert.Contains("""'direction' of CesScale must be "HigherIsEasier" or "LowerIsEasier"; it was 1.""", Message<CesScale>("""{"min":1,"max":5,"direction":1}"""), StringComparison.Ordinal);
        Assert.Contains("CesScale min and max must be in [0, 10]; they were 3000000000 and 5.", Message<CesScale>("""{"min":3000000000,"max":5,"direction":"LowerIsEasier"}"""), StringComparison.Ordinal);
        Assert.Contains("they were -3000000000 and 5.", Message<CesScale>("""{"min":-3000000000,"max":5,"direction":"LowerIsEasier"}"""), StringComparison.Ordinal);
        Assert.Contains("they were 1 and 3000000000.", Message<CesScale>("""{"min":1,"max":3000000000,"direction":"LowerIsEasier"}"""), StringComparison.Ordinal);
        Assert.Contains("they were 1 and -3000000000.", Message<CesScale>("""{"min":1,"max":-3000000000,"direction":"LowerIsEasier"}"""), StringComparison.Ordinal);
        Assert.DoesNotContain("they were", Message<CesScale>("""{"min":2147483647,"max":5,"direction":"LowerIsEasier"}"""), StringComparison.Ordinal);
        Assert.DoesNotContain("they were", Message<CesScale>("""{"min":1,"max":-2147483648,"direction":"LowerIsEasier"}"""), StringComparison.Ordinal);
    }

    [Fact]
    public void A_result_without_a_scale_holds_no_counts()
    {
        Assert.Equal(CesAccumulator.Empty.Result, CrmJson.Deserialize<CesResult>("""{"scale":null,"distribution":[]}"""));
        Assert.Contains("A CesResult without a scale cannot hold counts.", Message<CesResult>("""{"scale":null,"distribution":[0]}"""), StringComparison.Ordinal);
        Assert.Contains("CesResult needs 'scale'.", Message<CesResult>("""{"distribution":[]}"""), StringComparison.Ordinal);
        var ces = CrmJson.Deserialize<CesResult>("""{"scale":{"min":1,"max":5,"direction":"LowerIsEasier"},"distribution":[1,0,0,0,1],"easy":0}""");
        Assert.Equal(2, ces.Count);
        Assert.Equal(1, ces.Easy);
    }

    [Fact]
    public void Accumulator_states_refuse_null_and_the_exceptions_of_their_members()
    {
        Assert.Contains("Expected the state of a NpsAccumulator (NpsAccumulatorState), found null.", Message<NpsAccumulator>("null"), StringComparison.Ordinal);
        Assert.Contains("Expected the state of a CallVolumeAccumulator (CallVolumeAccumulatorState), found null.", Message<CallVolumeAccumulator>("null"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_class_accumulator_is_neither_written_nor_read()
    {
        // The one converter serves struct accumulators and class builders; only a builder can be null.
        var write = Assert.Throws<JsonException>(() => CrmJson.Serialize<CustomerSummaryBuilder<CustomerId>>(null!));
        Assert.Contains("A null CustomerSummaryBuilder`1 cannot be written: it would not read back.", write.Message, StringComparison.Ordinal);
        Assert.Contains(
            "Expected the state of a CustomerSummaryBuilder`1 (CustomerSummaryBuilderState`1), found null.",
            Message<CustomerSummaryBuilder<CustomerId>>("null"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Resolution_sums_are_written_as_decimal_strings()
    {
        var t = Instant.FromUtc(2026, 3, 2, 9, 0);
        var acc = TimeToResolutionAccumulator.Empty.Add(ClosedCase.Of(t, t + Duration.FromHours(2)));
        var json = CrmJson.Serialize(acc);
        const string sum = "\"sumNanoseconds\":\"7200000000000\"";
        Assert.Contains(sum, json, StringComparison.Ordinal);
        Assert.Equal(acc, CrmJson.Deserialize<TimeToResolutionAccumulator>(json));
        Assert.Contains(
            "Expected a string of decimal digits for a 128-bit count, found Number.",
            Assert.Throws<JsonException>(() => CrmJson.Deserialize<TimeToResolutionAccumulator>(json.Replace(sum, "\"sumNanoseconds\":7200000000000", StringComparison.Ordinal))).Message,
            StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<TimeToResolutionAccumulator>(json.Replace(sum, "\"sumNanoseconds\":\"+7200000000000\"", StringComparison.Ordinal)));
        Assert.Throws<JsonException>(() => CrmJson.Deserialize<TimeToResolutionAccumulator>(json.Replace(sum, "\"sumNanoseconds\":\"7.2e12\"", StringComparison.Ordinal)));
    }
}
