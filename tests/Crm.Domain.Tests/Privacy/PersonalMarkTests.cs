using System.Reflection;
using System.Text.Json.Nodes;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Serialization;
using Crm.Domain.Tests.Serialization;

namespace Crm.Domain.Tests.Privacy;

/// <summary>
/// Issue 17, item 5: free text about a person is marked (<see cref="PersonalAttribute"/>) where it is declared, and
/// no <c>ToString</c> prints it: read from the IL of every <c>ToString</c> of the library, and tried on every
/// serialisable type with a marked member by writing a sentinel into it. Every text member of the rooms that hold
/// people's data is decided: marked personal, marked <see cref="NotPersonalAttribute"/> with a reason, or one of the
/// keys and codes listed below.
/// </summary>
public class PersonalMarkTests
{
    private const string Sentinel = "Zq7Sentinel";

    /// <summary>Text members that are keys, codes or kinds by their name, wherever they are (why they hold no
    /// personal data of their own).</summary>
    private static readonly Dictionary<string, string> KeysAndCodes = new(StringComparer.Ordinal)
    {
        ["Id"] = "an identifier (and every member named ...Id or ...Ids): an opaque key the host chose; the person's data lives behind it, under its own rules",
        ["Owner"] = "an employee's user key (staff, not the data subject)",
        ["Currency"] = "an ISO 4217 code",
        ["Code"] = "an offer or response code",
        ["Kind"] = "a holder's kind of aggregate (customer, lead, serviceCase…)",
    };

    [Fact]
    public void NoToString_ReadsAMemberMarkedPersonal()
    {
        var offenders = new List<string>();
        foreach (var type in typeof(Customer).Assembly.GetTypes())
        {
            if (type.GetMethod(nameof(ToString), BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly, Type.EmptyTypes) is not { } toString)
            {
                continue;
            }

            foreach (var member in Touched(toString))
            {
                offenders.Add($"{type.FullName}.ToString reads {member}");
            }
        }

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    /// <summary>Every serialisable type with a top-level member marked personal: the member set to a sentinel (through
    /// JSON), the value's <c>ToString</c> does not show it.</summary>
    [Fact]
    public void NoToString_ShowsAPersonalMembersText()
    {
        var offenders = new List<string>();
        var tried = 0;
        foreach (var type in CrmJson.SerializableTypes)
        {
            var marked = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.PropertyType == typeof(string) && PersonalMembers.IsMarked(p)).ToList();
            if (marked.Count == 0 || JsonSamples.For(type) is not { } sample)
            {
                continue;
            }

            if (JsonNode.Parse(Invoke(nameof(CrmJson.Serialize), type, sample)!.ToString()!) is not JsonObject node)
            {
                continue; // written as a value (a name, an e-mail): its ToString is checked by its own tests
            }

            foreach (var p in marked)
            {
                var name = CrmJson.Options.PropertyNamingPolicy!.ConvertName(p.Name);
                if (node.ContainsKey(name) && node[name] is not null)
                {
                    node[name] = Sentinel + " " + p.Name;
                }
            }

            object? value;
            try
            {
                value = Invoke(nameof(CrmJson.Deserialize), type, node.ToJsonString());
            }
            catch (TargetInvocationException)
            {
                continue; // the type refuses the sentinel's shape (e.g. a capture source's rules): nothing to print
            }

            tried++;
            if (value?.ToString() is { } text && text.Contains(Sentinel, StringComparison.Ordinal))
            {
                offenders.Add($"{type.FullName}: {text}");
            }
        }

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
        Assert.True(tried >= 5, $"only {tried} types tried");
    }

    [Fact]
    public void EveryTextMember_OfTheRoomsThatHoldPeoplesData_IsDecided()
    {
        var undecided = typeof(Customer).Assembly.GetExportedTypes()
            .Where(t => !t.IsEnum && PersonalMembers.Rooms.Any(room => t.Namespace == $"Crm.Domain.{room}"))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => (t, p)))
            .Where(x => IsText(x.p.PropertyType))
            .Where(x => !PersonalMembers.IsPersonal(x.p) && !x.p.IsDefined(typeof(NotPersonalAttribute), true) && !IsKeyOrCode(x.p.Name))
            .Select(x => $"{x.t.FullName}.{x.p.Name}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(undecided.Count == 0, $"{undecided.Count} text members are neither [Personal] nor [NotPersonal(reason)]:\n" + string.Join("\n", undecided));
    }

    [Fact]
    public void EveryNotPersonalMark_GivesAReason() =>
        Assert.All(
            typeof(Customer).Assembly.GetTypes().SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                .Select(p => p.GetCustomAttribute<NotPersonalAttribute>()).OfType<NotPersonalAttribute>(),
            mark => Assert.False(string.IsNullOrWhiteSpace(mark.Reason)));

    private static bool IsKeyOrCode(string name) =>
        KeysAndCodes.ContainsKey(name) || name.EndsWith("Id", StringComparison.Ordinal) || name.EndsWith("Ids", StringComparison.Ordinal);

    private static bool IsText(Type type) =>
        type == typeof(string) || (type.IsGenericType && type.GetGenericArguments() is [var e] && e == typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type));

    // The marked members a method's IL reads: calls to their getters, loads of their backing fields.
    private static IEnumerable<string> Touched(MethodInfo method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray() ?? [];
        var found = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 4 < il.Length; i++)
        {
            if (il[i] is not (0x28 or 0x6F or 0x7B))
            {
                continue;
            }

            try
            {
                var token = BitConverter.ToInt32(il, i + 1);
                var generic = method.DeclaringType!.IsGenericType ? method.DeclaringType.GetGenericArguments() : null;
                var property = il[i] == 0x7B
                    ? method.Module.ResolveField(token, generic, null) is { } f && f.Name.StartsWith('<') && f.Name.IndexOf('>') is var end and > 1
                        ? f.DeclaringType?.GetProperty(f.Name[1..end], BindingFlags.Public | BindingFlags.Instance)
                        : null
                    : method.Module.ResolveMethod(token, generic, null) is MethodInfo { IsSpecialName: true } m && m.Name.StartsWith("get_", StringComparison.Ordinal)
                        ? m.DeclaringType?.GetProperty(m.Name[4..], BindingFlags.Public | BindingFlags.Instance)
                        : null;
                if (property is not null && PersonalMembers.IsMarked(property))
                {
                    found.Add($"{property.DeclaringType!.Name}.{property.Name}");
                }
            }
            catch (ArgumentException)
            {
                // Not a token of that kind at this offset.
            }
        }

        return found;
    }

    private static object? Invoke(string name, Type type, object? argument) =>
        typeof(CrmJson).GetMethods().Single(m => m.Name == name && m.IsGenericMethodDefinition
                && m.GetParameters() is [{ ParameterType: var p }] && (name == nameof(CrmJson.Serialize) || p == typeof(string)))
            .MakeGenericMethod(type).Invoke(null, [argument]);
}
