using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.GammaGamma;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>
/// Issue 13, items 2 and 6: the Gamma-Gamma spend expectation E[M | x, m_x] = (γ + x m_x) p / (p x + q − 1) past the
/// range of a double. Where the direct form overflows but the value does not, the answer is the same expectation
/// divided through by p (the expected values below are that formula worked by hand); where the value itself is past
/// double.MaxValue it saturates there, as documented.
/// </summary>
public class GammaGammaRangeTests
{
    [Theory]
    // p = 1e308: (γ + x m) p overflows; the value (γ + x m) / (x + (q − 1)/p) does not.
    [InlineData(1e308, 3d, 1d, 2, 1e300, 1e300)]
    [InlineData(1e308, 3d, 5d, 4, 2e300, 2e300)]
    [InlineData(1e300, 11d, 1d, 1, 1e20, 1e20)]
    // Well inside the range: the direct form, (1 + 2·30)·6 / (6·2 + 4 − 1) = 366/15.
    [InlineData(6d, 4d, 1d, 2, 30d, 24.4)]
    public void A_spend_whose_direct_form_overflows_is_divided_through_by_p(double p, double q, double gamma, int x, double m, double expected)
    {
        var model = GammaGammaModel.Create(p, q, gamma);
        var customer = CustomerSummary.Create(x, 1d, 2d, m);
        double actual = model.ExpectedAverageSpend(customer);
        Assert.True(Math.Abs(actual - expected) <= 1e-14 * expected, $"expected {expected:R}, got {actual:R}");
    }

    [Fact]
    public void A_spend_past_the_range_of_a_double_saturates_at_its_largest_value()
    {
        // x m = 2e308 is itself infinite: no division brings it back.
        Assert.Equal(double.MaxValue, GammaGammaModel.Create(1e308, 3d, 1d).ExpectedAverageSpend(CustomerSummary.Create(2, 1d, 2d, 1e308)));

        // x = 0: the population mean γ p / (q − 1) = 1e300 · 1e300 / 2.
        var huge = GammaGammaModel.Create(1e300, 3d, 1e300);
        Assert.Equal(double.MaxValue, huge.ExpectedAverageSpend(CustomerSummary.Create(0, 0d, 2d)));
        Assert.Equal(double.MaxValue, huge.PopulationMeanSpend);
    }

    [Fact]
    public void Fitting_refuses_a_missing_summaries_object()
    {
        var e = Assert.Throws<ArgumentNullException>(() => GammaGammaModel.Fit<int>(null!, null));
        Assert.Equal("data", e.ParamName);
    }
}
