namespace Crm.Domain.Primitives;

/// <summary>Marks a text member, in a room that holds people's data, as holding no personal data (a code, a key, a
/// reference, an organisation's or an offer's name), with the reason: the counterpart of
/// <see cref="PersonalAttribute"/>, so that every text member there is decided once.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = true)]
internal sealed class NotPersonalAttribute(string reason) : Attribute
{
    /// <summary>Why the member holds no personal data.</summary>
    public string Reason { get; } = reason;
}
