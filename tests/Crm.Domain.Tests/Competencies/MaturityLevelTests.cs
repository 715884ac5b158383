using Crm.Domain.Competencies;
using Crm.Domain.Tests.Serialization;

namespace Crm.Domain.Tests.Competencies;

public class MaturityLevelTests
{
    [Fact]
    public void Levels_AreFiveNamedDescribedAndOrdered()
    {
        Assert.Equal(["initial", "developing", "defined", "managed", "optimised"], MaturityLevel.All.Select(l => l.Name));
        Assert.Equal([1, 2, 3, 4, 5], MaturityLevel.All.Select(l => l.Value));
        Assert.Equal([0d, 25d, 50d, 75d, 100d], MaturityLevel.All.Select(l => l.IndexPoints));
        Assert.All(MaturityLevel.All, l => Assert.False(string.IsNullOrWhiteSpace(l.Description)));
        Assert.Equal(5, MaturityLevel.All.Select(l => l.Description).Distinct().Count());
        Assert.True(MaturityLevel.Initial < MaturityLevel.Developing && MaturityLevel.Managed < MaturityLevel.Optimised);
        Assert.True(MaturityLevel.Defined >= MaturityLevel.Of(3) && MaturityLevel.Defined <= MaturityLevel.Of(3));
    }

    [Fact]
    public void Default_IsInitial() => Assert.Equal(MaturityLevel.Initial, default(MaturityLevel));

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void Of_OffTheScale_ThrowsNamingValueAndRange(int value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => MaturityLevel.Of(value));
        Assert.Contains("[1, 5]", ex.Message, StringComparison.Ordinal);
        Assert.Contains(value.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Managed", 4)]
    [InlineData("optimized", 5)]
    [InlineData(" developing ", 2)]
    [InlineData("3", 3)]
    public void Parse_AcceptsNamesAndNumbers(string text, int expected) => Assert.Equal(expected, MaturityLevel.Parse(text).Value);

    [Fact]
    public void Parse_Unknown_Throws() => Assert.Throws<ArgumentException>(() => MaturityLevel.Parse("excellent"));

    [Fact]
    public void Json_IsTheNumber_AndReadsNames()
    {
        Assert.Equal("4", Crm.Domain.Serialization.CrmJson.Serialize(MaturityLevel.Managed));
        Assert.Equal(MaturityLevel.Defined, Crm.Domain.Serialization.CrmJson.Deserialize<MaturityLevel>("\"defined\""));
        foreach (var level in MaturityLevel.All)
        {
            Assert.Equal(level, JsonAssert.RoundTrip(level));
        }

        JsonAssert.Invalid<MaturityLevel>("7");
        JsonAssert.Invalid<MaturityLevel>("2.5");
        JsonAssert.Invalid<MaturityLevel>("\"great\"");
    }
}
