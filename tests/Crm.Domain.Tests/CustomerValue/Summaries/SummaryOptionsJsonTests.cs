using Crm.Domain.CustomerValue.Summaries;
using Crm.Domain.Serialization;
using Crm.Domain.Tests.Serialization;
using NodaTime;

namespace Crm.Domain.Tests.CustomerValue.Summaries;

public class SummaryOptionsJsonTests
{
    [Fact]
    public void SummaryOptions_RoundTrips()
    {
        var options = SummaryOptions.Create(new LocalDate(1997, 9, 30), new LocalDate(1998, 6, 30), SummaryPeriod.Week);
        Assert.Equal(options, JsonAssert.RoundTrip(options));
        Assert.Equal(
            """{"calibrationEnd":"1997-09-30","holdoutEnd":"1998-06-30","period":"Week","merging":"SameDay"}""",
            CrmJson.Serialize(options));

        var noHoldout = SummaryOptions.Create(new LocalDate(2024, 1, 31), null, SummaryPeriod.Month, TransactionMerging.SamePeriod);
        Assert.Equal(noHoldout, JsonAssert.RoundTrip(noHoldout));
    }

    [Theory]
    [InlineData("""{"calibrationEnd":"1997-09-30","holdoutEnd":"1997-09-30"}""")]
    [InlineData("""{"holdoutEnd":"1998-06-30"}""")]
    [InlineData("""{"calibrationEnd":"1997-13-30"}""")]
    [InlineData("""{"calibrationEnd":"1997-09-30","period":"Fortnight"}""")]
    [InlineData("""{"calibrationEnd":"1997-09-30","period":"7"}""")]
    [InlineData("""{"calibrationEnd":"1997-09-30","other":1}""")]
    public void SummaryOptions_Invalid_IsJsonException(string json) => JsonAssert.Invalid<SummaryOptions>(json);
}
