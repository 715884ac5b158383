using Crm.Domain.CustomerValue;
using Crm.Domain.CustomerValue.Models.BgNbd;
using Crm.Domain.CustomerValue.Models.ParetoNbd;
using FsCheck;
using FsCheck.Fluent;

namespace Crm.Domain.Tests.CustomerValue.Models;

/// <summary>A random model pair, customer and windows for the prediction laws.</summary>
public sealed record ScoringCase(BgNbdModel Bg, ParetoNbdModel Pn, CustomerSummary Customer, double ShortWindow, double LongWindow, double LaterAge)
{
    public override string ToString() => $"{Bg} {Pn} {Customer} t1={ShortWindow} t2={LongWindow} T'={LaterAge}";
}

/// <summary>Generators reaching the edges: parameters from 0.01 to 50 (a + b &lt; 1 included), x up to 10,000, t_x = T.</summary>
public static class ModelArbitraries
{
    private static Gen<double> Parameter() =>
        Gen.OneOf(Gen.Elements(0.01, 0.1, 0.5, 1.0, 1.0000001, 3.0, 50.0), Gen.Choose(1, 5000).Select(i => i / 100d));

    private static Gen<double> Time() =>
        Gen.OneOf(Gen.Elements(0d, 1e-6, 1d, 39d, 520d), Gen.Choose(0, 100_000).Select(i => i / 100d));

    public static Gen<CustomerSummary> Customers() =>
        from x in Gen.OneOf(Gen.Elements(0, 1, 2, 10_000), Gen.Choose(0, 50), Gen.Choose(0, 10_000))
        from age in Gen.OneOf(Gen.Elements(0d, 0.5, 39d, 78d), Gen.Choose(1, 50_000).Select(i => i / 100d))
        from share in Gen.OneOf(Gen.Elements(0d, 1d), Gen.Choose(0, 1000).Select(i => i / 1000d))
        select CustomerSummary.Create(x, x == 0 ? 0d : age * share, age);

    public static Arbitrary<ScoringCase> Cases() =>
        (from r in Parameter()
         from alpha in Parameter()
         from a in Parameter()
         from b in Parameter()
         from s in Parameter()
         from beta in Parameter()
         from c in Customers()
         from t1 in Time()
         from dt in Time()
         from dT in Time()
         select new ScoringCase(BgNbdModel.Create(r, alpha, a, b), ParetoNbdModel.Create(r, alpha, s, beta), c, t1, t1 + dt, c.Age + dT)).ToArbitrary();
}
