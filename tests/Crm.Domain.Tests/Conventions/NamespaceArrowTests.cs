using System.Reflection;
using System.Reflection.Emit;
using Crm.Domain.Primitives;

namespace Crm.Domain.Tests.Conventions;

/// <summary>
/// The arrows of ARCHITECTURE.md, checked on the compiled library (every signature, base type, attribute and every
/// type, method and field a method body touches, read from its IL): a room uses only rooms on its own floor or below,
/// nothing but the consumer uses <c>Serialization</c>, and the room graph has no cycle.
/// </summary>
public class NamespaceArrowTests
{
    private static readonly Assembly Library = typeof(Money).Assembly;

    /// <summary>
    /// The floors, lowest first. A room may use any room on a lower floor; rooms on one floor may use each other only
    /// where <see cref="SameFloorArrows"/> says so.
    /// </summary>
    private static readonly string[][] Floors =
    [
        ["Primitives", "Guards", "Json", "Processes"],
        ["Specifications", "Scoring"],
        ["Metrics", "Customers"],
        ["CustomerValue", "Competencies"],
        ["Idic", "Acquisition", "Retention", "Service", "Sales"],
        // The campaign audience honours the IDIC contact policy (PolicyContactEligibility), so Campaigns sits above Idic.
        // Privacy reads the controller's BusinessCalendar (Service) for statutory deadlines.
        // Accounts converts a lead (Acquisition) into an opportunity (Sales) and dedupes contacts with Idic's matcher;
        // the lower rooms name an account only by its AccountId (Primitives), so the arrows point one way.
        ["Campaigns", "Privacy", "Accounts"],
        // Personal data (issue 17: erasure plans, exports, retention) reaches every aggregate, accounts and campaigns
        // included, and answers Privacy's data-subject requests.
        ["PersonalData"],
        // The facade and the source-generated contexts register every room's types; nothing in the library uses it.
        ["Serialization"],
    ];

    private static readonly HashSet<(string From, string To)> SameFloorArrows =
    [
        ("Primitives", "Guards"), ("Primitives", "Json"), ("Processes", "Primitives"), ("Processes", "Guards"),
        ("Json", "Guards"), ("Json", "Primitives"),
        ("Scoring", "Specifications"),
    ];

    [Fact]
    public void Rooms_UseOnlyLowerFloors()
    {
        var floorOf = Floors.SelectMany((rooms, i) => rooms.Select(r => (r, i))).ToDictionary(x => x.r, x => x.i);
        var offenders = new List<string>();
        foreach (var ((from, to), example) in RoomEdges())
        {
            if (!floorOf.TryGetValue(from, out var f) || !floorOf.TryGetValue(to, out var t))
            {
                offenders.Add($"{from} -> {to}: a room missing from the floor map ({example})");
            }
            else if (t > f || (t == f && !SameFloorArrows.Contains((from, to))))
            {
                offenders.Add($"{from} -> {to} ({example})");
            }
        }

        Assert.True(offenders.Count == 0, "arrows against the floors:\n" + string.Join("\n", offenders.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void RoomGraph_HasNoCycle()
    {
        var edges = RoomEdges().Keys.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToList());
        var state = new Dictionary<string, int>();
        var cycles = new List<string>();
        void Visit(string room, Stack<string> path)
        {
            state[room] = 1;
            path.Push(room);
            foreach (var next in edges.GetValueOrDefault(room) ?? [])
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    cycles.Add(string.Join(" -> ", path.Reverse().SkipWhile(r => r != next).Append(next)));
                }
                else if (state.GetValueOrDefault(next) == 0)
                {
                    Visit(next, path);
                }
            }

            path.Pop();
            state[room] = 2;
        }

        foreach (var room in edges.Keys.Order(StringComparer.Ordinal))
        {
            if (state.GetValueOrDefault(room) == 0)
            {
                Visit(room, new Stack<string>());
            }
        }

        Assert.True(cycles.Count == 0, "cycles:\n" + string.Join("\n", cycles));
    }

    [Fact]
    public void TheScanner_SeesBodiesAndSignatures()
    {
        // Known edges, one through a signature and one only through a method body, so a broken scanner cannot pass.
        var edges = RoomEdges();
        Assert.Contains(("Campaigns", "Primitives"), edges.Keys);
        Assert.Contains(("Serialization", "Metrics"), edges.Keys);
        Assert.Contains(edges.Keys, e => e.From == "Customers" && e.To == "Guards");
    }

    private static string? Room(Type? type)
    {
        var ns = type?.Namespace;
        if (ns is null || type!.Assembly != Library || !ns.StartsWith("Crm.Domain.", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = ns["Crm.Domain.".Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    /// <summary>Every room-to-room use in the library, with one example of each.</summary>
    private static Dictionary<(string From, string To), string> RoomEdges()
    {
        var edges = new Dictionary<(string, string), string>();
        foreach (var type in Library.GetTypes())
        {
            var from = Room(type);
            if (from is null)
            {
                continue;
            }

            foreach (var used in UsedTypes(type))
            {
                var to = Room(used);
                if (to is not null && to != from)
                {
                    edges.TryAdd((from, to), $"{type.FullName} uses {used.FullName}");
                }
            }
        }

        return edges;
    }

    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static IEnumerable<Type> UsedTypes(Type type)
    {
        var found = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null || !found.Add(t))
            {
                return;
            }

            if (t.HasElementType)
            {
                Add(t.GetElementType());
            }

            if (t.IsGenericType && !t.IsGenericTypeDefinition)
            {
                Add(t.GetGenericTypeDefinition());
                foreach (var a in t.GetGenericArguments())
                {
                    Add(a);
                }
            }
        }

        Add(type.BaseType);
        foreach (var i in type.GetInterfaces())
        {
            Add(i);
        }

        foreach (var a in type.GetCustomAttributesData())
        {
            Add(a.AttributeType);
            foreach (var arg in a.ConstructorArguments.Concat(a.NamedArguments.Select(n => n.TypedValue)))
            {
                Add(arg.Value as Type);
            }
        }

        foreach (var f in type.GetFields(All))
        {
            Add(f.FieldType);
        }

        foreach (var p in type.GetProperties(All))
        {
            Add(p.PropertyType);
        }

        foreach (var m in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (m is MethodInfo mi)
            {
                Add(mi.ReturnType);
            }

            foreach (var p in m.GetParameters())
            {
                Add(p.ParameterType);
            }

            foreach (var t in BodyTypes(m))
            {
                Add(t);
            }
        }

        return found;
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The types, and the declaring types of the methods and fields, that a method body's IL refers to.</summary>
    private static IEnumerable<Type> BodyTypes(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        foreach (var local in method.GetMethodBody()!.LocalVariables)
        {
            yield return local.LocalType;
        }

        var typeArgs = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var i = 0;
        while (i < il.Length)
        {
            short value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            i += il[i] == 0xFE ? 2 : 1;
            var op = OpCodesByValue[value];
            switch (op.OperandType)
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                case OperandType.InlineType or OperandType.InlineTok or OperandType.InlineMethod or OperandType.InlineField:
                    var token = BitConverter.ToInt32(il, i);
                    i += 4;
                    MemberInfo? member = null;
                    try
                    {
                        member = method.Module.ResolveMember(token, typeArgs, methodArgs);
                    }
                    catch (ArgumentException)
                    {
                        // A token whose generic context cannot be resolved here (rare): it is seen through its declaring type elsewhere.
                    }

                    if (member is Type t)
                    {
                        yield return t;
                    }
                    else if (member is not null)
                    {
                        yield return member.DeclaringType!;
                        if (member is MethodInfo { IsGenericMethod: true } gm)
                        {
                            foreach (var a in gm.GetGenericArguments())
                            {
                                yield return a;
                            }
                        }
                    }

                    break;
                default:
                    i += 4;
                    break;
            }
        }
    }
}
