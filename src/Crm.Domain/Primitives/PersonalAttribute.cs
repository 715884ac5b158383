namespace Crm.Domain.Primitives;

/// <summary>
/// Marks a member that holds personal data or free text that may be about a person (notes, purposes, reasons,
/// subjects, a person's or a family's name, capture sources): it is never printed by a <c>ToString</c>, and erasure
/// and exports must reach it. The privacy conventions (<c>Privacy/AccessHardeningTests</c>) read the mark; its
/// counterpart for a text member that holds none is <see cref="NotPersonalAttribute"/>.
/// </summary>
/// <remarks>On a positional record, put it on the property (<c>[property: Personal]</c>).</remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = true)]
internal sealed class PersonalAttribute : Attribute;
