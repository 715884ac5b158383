using System.Reflection;
using System.Reflection.Emit;

namespace Crm.Domain.Tests.Conventions;

/// <summary>
/// Every type a compiled type refers to, found by reflection: its base type and interfaces, the types of its fields,
/// properties, events and method signatures, the types named in its attributes (<c>typeof(X)</c> arguments too), and
/// every type, method and field its method bodies use (read from the IL). What <c>using</c> directives import is what
/// the code ends up referring to, so this sees a namespace arrow the way the compiler wrote it.
/// </summary>
public static class TypeReferences
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Each place where <paramref name="type"/> refers to a type that <paramref name="isForbidden"/> flags,
    /// as "where: what" lines (empty when there is none).</summary>
    public static IEnumerable<string> Find(Type type, Func<Type, bool> isForbidden)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        void Check(Type? t, string where)
        {
            foreach (var part in Parts(t))
            {
                if (isForbidden(part))
                {
                    found.Add($"{type.FullName} {where}: {part.FullName}");
                }
            }
        }

        Check(type.BaseType, "base type");
        foreach (var i in type.GetInterfaces())
        {
            Check(i, "interface");
        }

        CheckAttributes(type.CustomAttributes, "attribute", Check);
        foreach (var f in type.GetFields(Declared))
        {
            Check(f.FieldType, $"field {f.Name}");
            CheckAttributes(f.CustomAttributes, $"attribute of field {f.Name}", Check);
        }

        foreach (var p in type.GetProperties(Declared))
        {
            Check(p.PropertyType, $"property {p.Name}");
            CheckAttributes(p.CustomAttributes, $"attribute of property {p.Name}", Check);
        }

        foreach (var e in type.GetEvents(Declared))
        {
            Check(e.EventHandlerType, $"event {e.Name}");
        }

        foreach (var m in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (m is MethodInfo mi)
            {
                Check(mi.ReturnType, $"return of {m.Name}");
            }

            foreach (var p in m.GetParameters())
            {
                Check(p.ParameterType, $"parameter {p.Name} of {m.Name}");
            }

            CheckAttributes(m.CustomAttributes, $"attribute of {m.Name}", Check);
            foreach (var used in UsedInBody(m))
            {
                Check(used, $"body of {m.Name}");
            }
        }

        return found;
    }

    private static void CheckAttributes(IEnumerable<CustomAttributeData> attributes, string where, Action<Type?, string> check)
    {
        foreach (var a in attributes)
        {
            check(a.AttributeType, where);
            foreach (var arg in a.ConstructorArguments.Concat(a.NamedArguments.Select(n => n.TypedValue)))
            {
                if (arg.Value is Type t)
                {
                    check(t, $"{where} argument");
                }
            }
        }
    }

    /// <summary>A type with its element type and generic arguments, recursively.</summary>
    private static IEnumerable<Type> Parts(Type? type)
    {
        if (type is null || type.IsGenericParameter)
        {
            yield break;
        }

        yield return type;
        if (type.HasElementType)
        {
            foreach (var p in Parts(type.GetElementType()))
            {
                yield return p;
            }
        }

        if (type.IsGenericType)
        {
            foreach (var p in type.GetGenericArguments().SelectMany(Parts))
            {
                yield return p;
            }
        }
    }

    /// <summary>Each method and constructor that the bodies of <paramref name="type"/>'s own methods and constructors
    /// call (read from the IL), with the caller. Lambdas and iterators compile to nested types: scan those too.</summary>
    public static IEnumerable<(MethodBase Caller, MethodBase Called)> Calls(Type type) =>
        from m in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared))
        from used in UsedMembers(m)
        where used is MethodBase
        select (m, (MethodBase)used);

    /// <summary>The types of the members the IL of <paramref name="method"/> uses (calls, field accesses, typeof, casts, new).</summary>
    private static IEnumerable<Type> UsedInBody(MethodBase method) => UsedMembers(method).SelectMany(TypesOf);

    /// <summary>The members (methods, constructors, fields, types) the IL of <paramref name="method"/> uses.</summary>
    private static IEnumerable<MemberInfo?> UsedMembers(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        int i = 0;
        while (i < il.Length)
        {
            short value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            i += il[i] == 0xFE ? 2 : 1;
            var op = OpCodesByValue[value];
            switch (op.OperandType)
            {
                case OperandType.InlineField:
                case OperandType.InlineMethod:
                case OperandType.InlineTok:
                case OperandType.InlineType:
                    yield return Resolve(method.Module, BitConverter.ToInt32(il, i), typeArgs, methodArgs);
                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    i += 8;
                    break;
                default:
                    i += 4;
                    break;
            }
        }
    }

    private static MemberInfo? Resolve(Module module, int token, Type[]? typeArgs, Type[]? methodArgs)
    {
        try
        {
            return module.ResolveMember(token, typeArgs, methodArgs);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static IEnumerable<Type> TypesOf(MemberInfo? member) => member switch
    {
        Type t => [t],
        FieldInfo f => [f.DeclaringType!, f.FieldType],
        MethodInfo m => [m.DeclaringType!, m.ReturnType, .. m.GetParameters().Select(p => p.ParameterType), .. m.IsGenericMethod ? m.GetGenericArguments() : []],
        ConstructorInfo c => [c.DeclaringType!, .. c.GetParameters().Select(p => p.ParameterType)],
        _ => [],
    };
}
