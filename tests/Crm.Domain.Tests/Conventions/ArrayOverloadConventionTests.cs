using System.Reflection;
using Crm.Domain.Primitives;

namespace Crm.Domain.Tests.Conventions;

/// <summary>
/// Under C# 12 (a net8.0 app's default) an array argument converts to <c>ReadOnlySpan&lt;T&gt;</c> and to
/// <c>IEnumerable&lt;T&gt;</c> equally well, so a method group with both overloads is CS0121 "ambiguous call" for an
/// array. C# 14 prefers the span, so only a C# 12 consumer sees it. An overload taking <c>T[]</c> is an identity
/// conversion and wins under both: every such pair must have one.
/// </summary>
public class ArrayOverloadConventionTests
{
    private static readonly Assembly Library = typeof(Money).Assembly;

    private static readonly Type[] SequenceInterfaces =
    [
        typeof(IEnumerable<>), typeof(IReadOnlyCollection<>), typeof(IReadOnlyList<>), typeof(ICollection<>), typeof(IList<>),
    ];

    [Fact]
    public void SpanAndSequenceOverloads_HaveAnArrayOverload()
    {
        var offenders = Library.GetExportedTypes().SelectMany(MissingArrayOverloads).ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Library_HasSpanAndSequenceOverloadPairs()
    {
        // Guards the convention test above against passing because it matches nothing (17 pairs when it was written).
        var pairs = Library.GetExportedTypes().Sum(t => AmbiguousPairs(t).Count());
        Assert.True(pairs >= 17, $"found only {pairs} span/sequence overload pairs");
    }

    [Fact]
    public void Check_FlagsAPairWithoutArrayOverload()
    {
        var offenders = MissingArrayOverloads(typeof(PairWithoutArray)).ToList();
        Assert.Equal(
            new[]
            {
                $"{typeof(PairWithoutArray).FullName}.Add(ReadOnlySpan`1[Int32]) / Add(IEnumerable`1[Int32])",
                $"{typeof(PairWithoutArray).FullName}.Fit(ReadOnlySpan`1[Double], Int32) / Fit(IReadOnlyList`1[Double])",
                $"{typeof(PairWithoutArray).FullName}.Map(ReadOnlySpan`1[T], String) / Map(IEnumerable`1[T], String)",
            },
            offenders.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Check_AcceptsAPairWithArrayOverload()
    {
        Assert.Empty(MissingArrayOverloads(typeof(PairWithArray)));
    }

    /// <summary>Every overload pair of <paramref name="type"/> an array makes ambiguous, with no array overload beside it.</summary>
    internal static IEnumerable<string> MissingArrayOverloads(Type type) =>
        AmbiguousPairs(type)
            .Where(p => !p.Group.Any(c => IsArrayOverload(c, p.Span, p.ArgumentCount, p.SpanPositions)))
            .Select(p => $"{type.FullName}.{p.Span.Name}({Describe(p.Span)}) / {p.Sequence.Name}({Describe(p.Sequence)})");

    private static IEnumerable<Pair> AmbiguousPairs(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var members = type.GetMethods(flags).Cast<MethodBase>().Concat(type.GetConstructors(BindingFlags.Public | BindingFlags.Instance));
        foreach (var group in members.GroupBy(m => (m.Name, m.IsStatic, Arity: m.IsGenericMethod ? m.GetGenericArguments().Length : 0)))
        {
            var list = group.ToList();
            foreach (var span in list)
            {
                foreach (var sequence in list.Where(m => m != span))
                {
                    if (FindCall(span, sequence) is ({ } positions, var count))
                    {
                        yield return new Pair(list, span, sequence, count, positions);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The shortest argument count both overloads accept where every parameter is the same type, except one or more
    /// where <paramref name="span"/> takes a span and <paramref name="sequence"/> a type an array converts to.
    /// </summary>
    private static (int[]? Positions, int Count) FindCall(MethodBase span, MethodBase sequence)
    {
        var a = span.GetParameters();
        var b = sequence.GetParameters();
        for (var count = Math.Max(Required(a), Required(b)); count <= Math.Min(a.Length, b.Length); count++)
        {
            var positions = new List<int>();
            var ok = true;
            for (var i = 0; i < count && ok; i++)
            {
                if (SpanElement(a[i].ParameterType) is { } element && AcceptsArrayOf(b[i].ParameterType, element))
                {
                    positions.Add(i);
                }
                else
                {
                    ok = Same(a[i].ParameterType, b[i].ParameterType);
                }
            }

            if (ok && positions.Count > 0)
            {
                return (positions.ToArray(), count);
            }
        }

        return (null, 0);
    }

    private static bool IsArrayOverload(MethodBase candidate, MethodBase span, int count, int[] spanPositions)
    {
        var c = candidate.GetParameters();
        var s = span.GetParameters();
        if (Required(c) > count || c.Length < count)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            var ok = spanPositions.Contains(i)
                ? c[i].ParameterType.IsSZArray && Same(c[i].ParameterType.GetElementType()!, SpanElement(s[i].ParameterType)!)
                : Same(c[i].ParameterType, s[i].ParameterType);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static int Required(ParameterInfo[] parameters) =>
        parameters.Count(p => !p.IsOptional && !p.IsDefined(typeof(ParamArrayAttribute)));

    private static Type? SpanElement(Type t) =>
        t.IsGenericType && (t.GetGenericTypeDefinition() == typeof(ReadOnlySpan<>) || t.GetGenericTypeDefinition() == typeof(Span<>))
            ? t.GetGenericArguments()[0]
            : null;

    private static bool AcceptsArrayOf(Type parameter, Type element)
    {
        if (parameter.IsSZArray)
        {
            return false;
        }

        if (parameter.IsGenericType && SequenceInterfaces.Contains(parameter.GetGenericTypeDefinition()))
        {
            return Same(parameter.GetGenericArguments()[0], element);
        }

        // object, Array, IEnumerable, IList...: an array converts to them by reference too.
        return !parameter.ContainsGenericParameters && !element.ContainsGenericParameters
            && !parameter.IsByRef && parameter.IsAssignableFrom(element.MakeArrayType());
    }

    /// <summary>Type equality where a generic method's parameters are compared by position (two overloads own two Ts).</summary>
    private static bool Same(Type x, Type y)
    {
        if (x.IsGenericMethodParameter || y.IsGenericMethodParameter)
        {
            return x.IsGenericMethodParameter && y.IsGenericMethodParameter && x.GenericParameterPosition == y.GenericParameterPosition;
        }

        if (x.HasElementType || y.HasElementType)
        {
            return x.HasElementType && y.HasElementType && x.IsSZArray == y.IsSZArray && x.IsByRef == y.IsByRef
                && x.IsPointer == y.IsPointer && Same(x.GetElementType()!, y.GetElementType()!);
        }

        if (x.IsGenericType && y.IsGenericType && (x.ContainsGenericParameters || y.ContainsGenericParameters))
        {
            var xa = x.GetGenericArguments();
            var ya = y.GetGenericArguments();
            return x.GetGenericTypeDefinition() == y.GetGenericTypeDefinition() && xa.Length == ya.Length
                && xa.Zip(ya).All(p => Same(p.First, p.Second));
        }

        return x == y;
    }

    private static string Describe(MethodBase m) =>
        string.Join(", ", m.GetParameters().Select(p => p.ParameterType.IsGenericType
            ? $"{p.ParameterType.Name}[{string.Join(",", p.ParameterType.GetGenericArguments().Select(a => a.Name))}]"
            : p.ParameterType.Name));

    private sealed record Pair(List<MethodBase> Group, MethodBase Span, MethodBase Sequence, int ArgumentCount, int[] SpanPositions);

    /// <summary>Three pairs an array makes ambiguous under C# 12, and a span method with no sequence twin (fine).</summary>
    public sealed class PairWithoutArray
    {
        public int Add(ReadOnlySpan<int> values) => values.Length;

        public int Add(IEnumerable<int> values) => values.Count();

        public int Fit(ReadOnlySpan<double> values, int bins = 5) => values.Length + bins;

        public int Fit(IReadOnlyList<double> values) => values.Count;

        public static int Map<T>(ReadOnlySpan<T> values, string name) => values.Length + name.Length;

        public static int Map<T>(IEnumerable<T> values, string name) => values.Count() + name.Length;

        public int Other(ReadOnlySpan<int> values, int extra) => values.Length + extra;

        public int Other(IEnumerable<int> values, string extra) => values.Count() + extra.Length;
    }

    /// <summary>The same pairs, each with the array overload C# 12 and C# 14 both pick for an array.</summary>
    public sealed class PairWithArray
    {
        public int Add(ReadOnlySpan<int> values) => values.Length;

        public int Add(IEnumerable<int> values) => values.Count();

        public int Add(int[] values) => Add(values.AsSpan());

        public int Fit(ReadOnlySpan<double> values, int bins = 5) => values.Length + bins;

        public int Fit(IReadOnlyList<double> values) => values.Count;

        public int Fit(double[] values, int bins = 5) => Fit(values.AsSpan(), bins);

        public static int Map<T>(ReadOnlySpan<T> values, string name) => values.Length + name.Length;

        public static int Map<T>(IEnumerable<T> values, string name) => values.Count() + name.Length;

        public static int Map<T>(T[] values, string name) => Map(new ReadOnlySpan<T>(values), name);
    }
}
