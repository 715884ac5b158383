using Crm.Domain.Metrics.Service;
using Crm.Domain.Serialization;
using Crm.Domain.Tests.Serialization;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Domain.Tests.Metrics.Service;

public class ServiceAccumulatorJsonTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly Instant T0 = Instant.FromUtc(2026, 5, 4, 9, 0);

    // --- SameDayClosureAccumulator ---

    [Property(Arbitrary = [typeof(ServiceArbitraries)], MaxTest = 50)]
    public void SameDay_RoundTrip_KeepsResultAndStillCombines(ZonedBatches<ClosedCase> batches)
    {
        var a = SameDayClosureAccumulator.For(batches.Zone).AddRange(batches.A);
        var b = SameDayClosureAccumulator.For(batches.Zone).AddRange(batches.B);
        var copy = JsonAssert.RoundTrip(a);
        Assert.Equal(a, copy);
        Assert.Equal(a.Result, copy.Result);
        Assert.Equal((a + b).Result, (copy + b).Result);
        Assert.Equal((a + b).Result, copy.AddRange(batches.B).Result);
    }

    [Fact]
    public void SameDay_Json_IsTheZoneIdAndCounts()
    {
        // 23:30 -> 00:30 London summer time is two local dates; 09:00 -> 10:00 is one.
        var a = SameDayClosureAccumulator.For(London).AddRange(
        [
            ClosedCase.Of(Instant.FromUtc(2026, 5, 4, 22, 30), Instant.FromUtc(2026, 5, 4, 23, 30)),
            ClosedCase.Of(T0, T0 + Duration.FromHours(1)),
        ]);
        Assert.Equal("""{"zone":"Europe/London","sameDay":1,"cases":2}""", CrmJson.Serialize(a));
        var empty = JsonAssert.RoundTrip(SameDayClosureAccumulator.Empty);
        Assert.Equal(SameDayClosureAccumulator.Empty, empty);
        Assert.Null(empty.Zone);
        Assert.Equal(a.Result, (empty + a).Result);
    }

    [Theory]
    [InlineData("""{"zone":"Europe/Atlantis","sameDay":1,"cases":2}""")]
    [InlineData("""{"zone":"Europe/London","sameDay":3,"cases":2}""")]
    [InlineData("""{"zone":"Europe/London","sameDay":-1,"cases":2}""")]
    [InlineData("""{"zone":"Europe/London","sameDay":0,"cases":-2}""")]
    [InlineData("""{"zone":null,"sameDay":0,"cases":2}""")]
    [InlineData("""{"zone":"Europe/London","cases":2}""")]
    [InlineData("""{"sameDay":0,"cases":0}""")]
    [InlineData("""{"zone":1,"sameDay":0,"cases":0}""")]
    [InlineData("""{"zone":"Europe/London","sameDay":0,"cases":0,"extra":1}""")]
    [InlineData("[]")]
    public void SameDay_InvalidJson_Throws(string json) => JsonAssert.Invalid<SameDayClosureAccumulator>(json);

    // --- CallVolumeAccumulator ---

    [Property(Arbitrary = [typeof(ServiceArbitraries)], MaxTest = 50)]
    public void CallVolume_RoundTrip_KeepsResultAndStillCombines(ZonedBatches<Instant> batches)
    {
        var a = CallVolumeAccumulator.For(batches.Zone).AddRange(batches.A);
        var b = CallVolumeAccumulator.For(batches.Zone).AddRange(batches.B);
        var copy = JsonAssert.RoundTrip(a);
        Assert.Equal(a, copy);
        Assert.Equal(a.Result, copy.Result);
        Assert.Equal((a + b).Result, (copy + b).Result);
        Assert.Equal((a + b).Result, copy.AddRange(batches.B).Result);
    }

    [Fact]
    public void CallVolume_Json_IsLocalDatesAndCounts()
    {
        // 23:30 UTC on 4 May is 00:30 on 5 May in London (BST, UTC+1).
        var a = CallVolumeAccumulator.For(London).AddRange([T0, T0 + Duration.FromHours(2), Instant.FromUtc(2026, 5, 4, 23, 30)]);
        Assert.Equal("""{"zone":"Europe/London","total":3,"days":["2026-05-04","2026-05-05"],"counts":[2,1]}""", CrmJson.Serialize(a));
        var empty = JsonAssert.RoundTrip(CallVolumeAccumulator.Empty);
        Assert.Equal(CallVolumeAccumulator.Empty, empty);
        Assert.Equal(a.Result, (empty + a).Result);
        Assert.Equal(CallVolumeAccumulator.For(London), JsonAssert.RoundTrip(CallVolumeAccumulator.For(London)));
    }

    [Theory]
    [InlineData("""{"zone":"Mars/Olympus","total":1,"days":["2026-05-04"],"counts":[1]}""")]
    [InlineData("""{"zone":"Europe/London","total":2,"days":["2026-05-04"],"counts":[1]}""")]
    [InlineData("""{"zone":"Europe/London","total":1,"days":["2026-05-04"],"counts":[1,0]}""")]
    [InlineData("""{"zone":"Europe/London","total":0,"days":["2026-05-04"],"counts":[0]}""")]
    [InlineData("""{"zone":"Europe/London","total":-1,"days":["2026-05-04"],"counts":[-1]}""")]
    [InlineData("""{"zone":"Europe/London","total":2,"days":["2026-05-05","2026-05-04"],"counts":[1,1]}""")]
    [InlineData("""{"zone":"Europe/London","total":2,"days":["2026-05-04","2026-05-04"],"counts":[1,1]}""")]
    [InlineData("""{"zone":"Europe/London","total":1,"days":["4 May 2026"],"counts":[1]}""")]
    [InlineData("""{"zone":null,"total":1,"days":["2026-05-04"],"counts":[1]}""")]
    [InlineData("""{"zone":"Europe/London","total":1,"days":["2026-05-04"]}""")]
    [InlineData("""{"zone":"Europe/London","total":-2,"days":["2026-05-04","2026-05-05"],"counts":[9223372036854775807,9223372036854775807]}""")]
    public void CallVolume_InvalidJson_Throws(string json) => JsonAssert.Invalid<CallVolumeAccumulator>(json);

    // --- TimeToResolutionAccumulator ---

    [Property(Arbitrary = [typeof(ServiceArbitraries)], MaxTest = 50)]
    public void TimeToResolution_RoundTrip_KeepsResultAndStillCombines(ZonedBatches<ClosedCase> batches)
    {
        var a = TimeToResolutionAccumulator.Empty.AddRange(batches.A);
        var b = TimeToResolutionAccumulator.Empty.AddRange(batches.B);
        var copy = JsonAssert.RoundTrip(a);
        Assert.Equal(a, copy);
        Assert.Equal(a.Result, copy.Result);
        Assert.Equal((a + b).Result, (copy + b).Result);
        Assert.Equal((a + b).Result, copy.AddRange(batches.B).Result);
    }

    [Fact]
    public void TimeToResolution_Json_IsExactStatisticsAndTrimmedBuckets()
    {
        var a = TimeToResolutionAccumulator.Empty.AddRange([ClosedCase.Of(T0, T0), ClosedCase.Of(T0, T0 + Duration.FromHours(1))]);
        var json = CrmJson.Serialize(a);
        // One hour is 3.6e12 ns: the sum is exact, one zero and one occupied bucket.
        Assert.StartsWith("""{"count":2,"sumNanoseconds":"3600000000000","minNanoseconds":0,"maxNanoseconds":3600000000000,"zeroCount":1,"offset":""", json, StringComparison.Ordinal);
        Assert.EndsWith(""","buckets":[1]}""", json, StringComparison.Ordinal);
        Assert.Equal(a, JsonAssert.RoundTrip(a));
        var empty = JsonAssert.RoundTrip(TimeToResolutionAccumulator.Empty);
        Assert.Equal(TimeToResolutionAccumulator.Empty, empty);
        Assert.Equal(a.Result, (empty + a).Result);
    }

    [Fact]
    public void TimeToResolution_InvalidJson_Throws()
    {
        var a = TimeToResolutionAccumulator.Empty.AddRange(
            [ClosedCase.Of(T0, T0 + Duration.FromMinutes(1)), ClosedCase.Of(T0, T0 + Duration.FromHours(1))]);
        var json = CrmJson.Serialize(a);
        var offset = a.ToState().Offset;
        var width = a.ToState().Buckets.Length;
        Assert.True(width > 2, json);
        string With(string from, string to)
        {
            Assert.Contains(from, json, StringComparison.Ordinal);
            return json.Replace(from, to, StringComparison.Ordinal);
        }

        JsonAssert.Invalid<TimeToResolutionAccumulator>(With("\"count\":2", "\"count\":3"));          // buckets add up to 2
        JsonAssert.Invalid<TimeToResolutionAccumulator>(With("\"count\":2", "\"count\":-2"));
        JsonAssert.Invalid<TimeToResolutionAccumulator>(With("\"zeroCount\":0", "\"zeroCount\":-1"));
        JsonAssert.Invalid<TimeToResolutionAccumulator>(With("\"buckets\":[1,", "\"buckets\":[0,"));    // untrimmed store
        JsonAssert.Invalid<TimeToResolutionAccumulator>(With("\"buckets\":[1,", "\"buckets\":[2,-1,")); // negative bucket
        JsonAssert.Invalid<TimeToResolutionAccumulator>(With($"\"offset\":{offset}", $"\"offset\":{offset + 1}")); // min off its bucket
        JsonAssert.Invalid<TimeToResolutionAccumulator>(With($"\"offset\":{offset}", "\"offset\":-5"));
        JsonAssert.Invalid<TimeToResolutionAccumulator>(With("\"minNanoseconds\":60000000000", "\"minNanoseconds\":3600000000001"));
        JsonAssert.Invalid<TimeToResolutionAccumulator>(With("\"sumNanoseconds\":\"3660000000000\"", "\"sumNanoseconds\":\"1\""));
        JsonAssert.Invalid<TimeToResolutionAccumulator>(With("\"sumNanoseconds\":\"3660000000000\"", "\"sumNanoseconds\":3660000000000"));
        JsonAssert.Invalid<TimeToResolutionAccumulator>(With("\"sumNanoseconds\":\"3660000000000\",", string.Empty));
        JsonAssert.Invalid<TimeToResolutionAccumulator>("""{"count":0,"sumNanoseconds":"5","minNanoseconds":0,"maxNanoseconds":0,"zeroCount":0,"offset":0,"buckets":[]}""");
        JsonAssert.Invalid<TimeToResolutionAccumulator>("""{"count":1,"sumNanoseconds":"0","minNanoseconds":0,"maxNanoseconds":0,"zeroCount":1,"offset":3,"buckets":[]}""");
    }
}
