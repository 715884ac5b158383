using System.Collections;
using System.Reflection;

namespace Crm.Domain.Tests.Conventions;

/// <summary>
/// The "answer" half of issue 13's contract, shared by the hostile-input suite and the JSON fuzzer: a value the
/// library returned (or read) answers every public property without throwing (an <see cref="InvalidOperationException"/>
/// is a documented refusal for a question asked in the wrong state) and holds no NaN or infinity, down to a depth.
/// </summary>
public static class ContractInspector
{
    /// <summary>Null if <paramref name="value"/> keeps the contract; otherwise what broke it.</summary>
    public static string? Inspect(object? value, int depth)
    {
        switch (value)
        {
            case null or string or Enum or decimal or bool:
                return null;
            case double d:
                return double.IsFinite(d) ? null : $"a value is {d}";
            case float f:
                return float.IsFinite(f) ? null : $"a value is {f}";
        }

        var type = value.GetType();
        if (depth == 0 || type.IsPrimitive || type.Assembly == typeof(NodaTime.Instant).Assembly || value is Delegate or Type or MemberInfo)
        {
            return null;
        }

        if (value is IEnumerable items)
        {
            return InspectItems(items, depth);
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            object? member;
            try
            {
                member = property.GetValue(value);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is InvalidOperationException)
            {
                // A documented refusal (a question asked in the wrong state) is an answer, not a broken object; an
                // ArgumentException from a getter (which takes no argument) means the object itself is broken.
                continue;
            }
            catch (TargetInvocationException ex)
            {
                return $"{type.Name}.{property.Name} threw {ex.InnerException!.GetType().Name}: {ex.InnerException.Message}";
            }

            if (Inspect(member, depth - 1) is { } bad)
            {
                return $"{type.Name}.{property.Name}: {bad}";
            }
        }

        return null;
    }

    private static string? InspectItems(IEnumerable items, int depth)
    {
        try
        {
            foreach (var item in items.Cast<object?>().Take(5))
            {
                if (Inspect(item, depth - 1) is { } bad)
                {
                    return bad;
                }
            }
        }
        catch (InvalidOperationException)
        {
            // Enumerating a default immutable array: the caller's own check of the value reports it if it matters.
        }

        return null;
    }
}
