using System.Text.Json.Serialization;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Customers;

/// <summary>
/// One allowed change of a <see cref="Customer"/>: the base of the customer's events, oldest first in
/// <see cref="Customer.History"/>. Each carries the acting <see cref="Actor"/> and the command's inputs, so that
/// <see cref="Customer.FromHistory"/> rebuilds the customer, its audit trail and its change instants exactly. A command
/// refused by the data-access policy changes no data but appends an <see cref="AccessAudited"/> event, so the refusal
/// stays in the customer's audit trail (and is returned in a <see cref="CustomerUpdate"/>); so does a read of a field
/// group the policy audits.
/// </summary>
/// <remarks>
/// <para><b>Instants.</b> <see cref="At"/> never goes backwards within a history. Commands that take an instant use it
/// as <see cref="At"/>. <see cref="ConsentRecorded"/> and <see cref="InteractionRecorded"/> take none (the record and
/// the interaction carry their own instant, which may lie in the past or the future): their <see cref="At"/> is the
/// previous event's, so recording them never moves the customer's clock, and the audit trail and
/// <see cref="Customer.LastChanged"/> use the record's or interaction's own instant, as they always did.</para>
/// <para><b>Personal data and erasure.</b> Events of the identity, contact and notes groups carry personal data
/// (names, contact points, time zones, notes), and consent records carry capture sources and proof references.
/// <see cref="Customer.Erase"/> is the one command that rewrites history: it replaces every earlier event by its
/// redacted form (personal members null or empty, consent records anonymised, merged histories redacted too) and
/// appends <see cref="CustomerErased"/>. A history whose <see cref="CustomerRegistered"/> has no name is a redacted
/// history: no later event may carry personal data, and only such a history may contain <see cref="CustomerErased"/>.
/// A host must therefore replace the stored history after an erasure, not only append the new event.</para>
/// <para>JSON: polymorphic through <c>CrmJson</c>, with a <c>"type"</c> discriminator written first
/// (<c>customer.registered.v1</c>…); an unknown discriminator is a <c>JsonException</c>. Events are plain immutable
/// records with structural equality (arrays compare by reference); thread-safe. They can only be derived inside the
/// library.</para>
/// </remarks>
/// <param name="At">When the change was recorded (see remarks).</param>
/// <param name="Actor">Who made the change; <c>default</c> is refused.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(CustomerRegistered), "customer.registered.v1")]
[JsonDerivedType(typeof(CustomerRenamed), "customer.renamed.v1")]
[JsonDerivedType(typeof(DateOfBirthSet), "customer.dateOfBirthSet.v1")]
[JsonDerivedType(typeof(ContactPointAdded), "customer.contactPointAdded.v1")]
[JsonDerivedType(typeof(ContactPointVerified), "customer.contactPointVerified.v1")]
[JsonDerivedType(typeof(ContactPointRemoved), "customer.contactPointRemoved.v1")]
[JsonDerivedType(typeof(ContactPreferencesSet), "customer.contactPreferencesSet.v1")]
[JsonDerivedType(typeof(ConsentRecorded), "customer.consentRecorded.v1")]
[JsonDerivedType(typeof(InteractionRecorded), "customer.interactionRecorded.v1")]
[JsonDerivedType(typeof(CreditLimitSet), "customer.creditLimitSet.v1")]
[JsonDerivedType(typeof(NotesSet), "customer.notesSet.v1")]
[JsonDerivedType(typeof(CustomerMerged), "customer.merged.v1")]
[JsonDerivedType(typeof(CustomerErased), "customer.erased.v1")]
[JsonDerivedType(typeof(AccessAudited), "customer.accessAudited.v1")]
[JsonDerivedType(typeof(LawfulBasisRecorded), "customer.lawfulBasisRecorded.v1")]
[JsonDerivedType(typeof(ProcessingRestricted), "customer.processingRestricted.v1")]
[JsonDerivedType(typeof(RestrictionLifted), "customer.restrictionLifted.v1")]
[JsonDerivedType(typeof(MarketingObjected), "customer.marketingObjected.v1")]
public abstract record CustomerEvent(Instant At, Actor Actor) : IProcessEvent
{
    /// <summary>This event without personal data (itself when it carries none): what erasure leaves in the history.</summary>
    internal abstract CustomerEvent Redacted();
}
