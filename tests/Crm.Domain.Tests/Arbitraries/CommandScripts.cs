using FsCheck;
using FsCheck.Fluent;

namespace Crm.Domain.Tests.Arbitraries;

/// <summary>
/// Random valid command sequences for the process laws: a seed for the values and 0–40 step codes 0–9, which a
/// script turns one by one into a command that is valid in the aggregate's current state (so every sequence is
/// valid and most reach the later states).
/// </summary>
public static class CommandScripts
{
    public static Arbitrary<T> Of<T>(Func<int, int[], T> script) =>
        (from seed in Gen.Choose(0, int.MaxValue)
         from steps in Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 9), n))
         select script(seed, steps)).ToArbitrary();
}
