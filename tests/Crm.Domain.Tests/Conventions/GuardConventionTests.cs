using System.Reflection;
using Ardalis.GuardClauses;
using Crm.Domain.Primitives;

namespace Crm.Domain.Tests.Conventions;

/// <summary>
/// One guard idiom (issue 11, item 4): the library calls only the stock Ardalis guards whose messages already say
/// all there is (null and blank checks); every other rule goes through the project's guards in <c>Guards/</c>, and
/// no room keeps a guard class of its own. Read from the compiled IL, so a call in a lambda or iterator counts too.
/// </summary>
public class GuardConventionTests
{
    private static readonly Assembly Library = typeof(Money).Assembly;

    /// <summary>The stock guards allowed (see the summary of <c>Guards.NumberGuards</c> for why).</summary>
    private static readonly HashSet<string> AllowedStockGuards = ["Null", "NullOrEmpty", "NullOrWhiteSpace"];

    [Fact]
    public void Library_CallsNoDisallowedStockGuard()
    {
        var offenders = Library.GetTypes().SelectMany(DisallowedStockGuardCalls).Order(StringComparer.Ordinal).ToList();
        Assert.True(offenders.Count == 0, "stock guards to replace by the project's guards in Guards/:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Library_HasNoGuardClassOutsideGuards()
    {
        var offenders = Library.GetTypes().Where(IsRoomLocalGuard).Select(t => t.FullName!).Order(StringComparer.Ordinal).ToList();
        Assert.True(offenders.Count == 0, "guard classes outside Crm.Domain.Guards:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void TheScanner_FlagsABadSample()
    {
        var found = DisallowedStockGuardCalls(typeof(BadSampleGuard)).ToList();

        // Zero and OutOfRange are flagged (the second one inside a lambda, a nested closure type), Null is allowed.
        Assert.Contains(found, f => f.EndsWith(": Guard.Against.Zero", StringComparison.Ordinal));
        Assert.Contains(typeof(BadSampleGuard).GetNestedTypes(BindingFlags.NonPublic).SelectMany(DisallowedStockGuardCalls),
            f => f.EndsWith(": Guard.Against.OutOfRange", StringComparison.Ordinal));
        Assert.DoesNotContain(found, f => f.EndsWith(": Guard.Against.Null", StringComparison.Ordinal));
        Assert.True(IsRoomLocalGuard(typeof(BadSampleGuard)));
        Assert.False(IsRoomLocalGuard(typeof(Domain.Guards.NumberGuards)));
    }

    [Fact]
    public void TheScanner_SeesTheLibrarysAllowedCalls()
    {
        // The library calls Guard.Against.Null in many places: a scanner that saw no call at all would pass vacuously.
        var stock = Library.GetTypes().SelectMany(TypeReferences.Calls).Count(c => IsStockGuard(c.Called));
        Assert.True(stock > 100, $"only {stock} stock guard calls found");
    }

    private static IEnumerable<string> DisallowedStockGuardCalls(Type type) =>
        TypeReferences.Calls(type)
            .Where(c => IsStockGuard(c.Called) && !AllowedStockGuards.Contains(c.Called.Name))
            .Select(c => $"{type.FullName}.{c.Caller.Name}: Guard.Against.{c.Called.Name}");

    private static bool IsStockGuard(MethodBase method) =>
        method.DeclaringType?.Assembly == typeof(IGuardClause).Assembly
        && method.GetParameters() is [{ ParameterType: var first }, ..] && first == typeof(IGuardClause);

    private static bool IsRoomLocalGuard(Type type) =>
        !type.Name.Contains('<', StringComparison.Ordinal)
        && type.Name.Contains("Guard", StringComparison.Ordinal)
        && type.Namespace != "Crm.Domain.Guards";

    /// <summary>What the scanner must flag: a room-local guard class calling disallowed stock guards.</summary>
    private static class BadSampleGuard
    {
        public static int Check(int value, string name)
        {
            Guard.Against.Null(name);
            Guard.Against.Zero(value);
            Func<int, int> inLambda = v => Guard.Against.OutOfRange(v, nameof(v), 1, 5);
            return inLambda(value);
        }
    }
}
