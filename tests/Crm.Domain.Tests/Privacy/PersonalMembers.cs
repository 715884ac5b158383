using System.Collections.Immutable;
using System.Reflection;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;

namespace Crm.Domain.Tests.Privacy;

/// <summary>Which public members hold personal data: by type (a name, a contact point, an e-mail, a phone, an address,
/// a customer event), the customer's own personal fields, and every member the library marks
/// <see cref="PersonalAttribute"/> (free text: notes, purposes, reasons, subjects, names on other aggregates).</summary>
internal static class PersonalMembers
{
    /// <summary>The rooms that hold people's data: every text member of their public types is decided (marked
    /// personal, marked not personal, or in <see cref="PersonalMarkTests"/>' list of keys and codes).</summary>
    public static readonly ImmutableArray<string> Rooms = ["Customers", "Sales", "Acquisition", "Service", "Accounts", "Privacy", "PersonalData", "Campaigns",
        "Idic", "Idic.Identify", "Idic.Interact", "Idic.Customize", "Idic.Differentiate"];

    public static bool IsPersonal(PropertyInfo p)
    {
        var t = Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
        var element = t.IsGenericType && t.GetGenericArguments().Length == 1 ? t.GetGenericArguments()[0] : t;
        return element == typeof(PersonName) || element == typeof(ContactPoint) || element == typeof(EmailAddress) || element == typeof(PhoneNumber)
            || element == typeof(PostalAddress) || element == typeof(CustomerEvent)
            || (p.Name is "DateOfBirth" or "Notes" or "TimeZoneId" && p.DeclaringType!.Namespace == typeof(Customer).Namespace)
            || IsMarked(p);
    }

    /// <summary>True when the property (or the property it overrides) carries <see cref="PersonalAttribute"/>.</summary>
    public static bool IsMarked(PropertyInfo p) => p.IsDefined(typeof(PersonalAttribute), inherit: true)
        || p.GetMethod?.GetBaseDefinition().DeclaringType?.GetProperty(p.Name, BindingFlags.Public | BindingFlags.Instance)?.IsDefined(typeof(PersonalAttribute), true) == true;
}
