using Crm.Domain.Accounts;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.PersonalData;

// The holders of the person and their organisational links: the customer itself, its account contacts, its households.

/// <summary>A customer: holds its own personal data; reads go through <see cref="Customer.ReadAudited"/>, erasure
/// through <see cref="Customer.Erase"/> (both under the customer's access policy).</summary>
internal sealed class CustomerHolder(Customer customer) : PersonalDataHolder<Customer>("customer", customer.Id.Value, customer)
{
    protected override PersonalDataHolding HoldingOf(CustomerId subject) =>
        Value.Id != subject ? PersonalDataHolding.Nothing : Value.IsErased ? PersonalDataHolding.Erased : PersonalDataHolding.PersonalData;

    protected override IPersonalDataHolder Read(CustomerId subject, Actor actor, Instant at, Fields fields)
    {
        var read = Value.ReadAudited(actor, at);
        var view = read.View;
        fields.Add("readable", string.Join(",", view.Readable));
        fields.Add("name.given", view.Name?.Given);
        fields.Add("name.family", view.Name?.Family);
        fields.Add("dateOfBirth", view.DateOfBirth);
        for (var i = 0; i < view.ContactPoints.Length; i++)
        {
            var point = view.ContactPoints[i];
            fields.Add($"contactPoint[{i}].{point.Kind}", point.Value);
            fields.Add($"contactPoint[{i}].verification", point.Verification);
        }

        fields.Add("timeZone", view.TimeZone?.Id);
        fields.Add("preferredChannels", view.PreferredChannels.IsDefaultOrEmpty ? null : string.Join(",", view.PreferredChannels));
        var consents = view.Consents?.Records ?? [];
        for (var i = 0; i < consents.Length; i++)
        {
            var c = consents[i];
            fields.Add($"consent[{i}]", $"{c.Channel} {c.Purpose} {c.Status} at {NodaTime.Text.InstantPattern.General.Format(c.At)} from {c.CaptureSource}");
        }

        var interactions = view.Timeline?.Interactions ?? [];
        for (var i = 0; i < interactions.Length; i++)
        {
            var x = interactions[i];
            fields.Add($"interaction[{i}]", $"{x.Kind} {x.Direction} via {x.Channel} at {NodaTime.Text.InstantPattern.General.Format(x.At)} ref {x.Reference}");
        }

        fields.Add("creditLimit", view.CreditLimit);
        fields.Add("notes", view.Notes);
        return new CustomerHolder(read.Customer);
    }

    protected override PersonalDataErasure Erased(CustomerId subject, Actor actor, Instant at)
    {
        var erased = Value.Erase(actor, at).ThrowIfDenied();
        return Of(new CustomerHolder(erased), erased);
    }
}

/// <summary>An account: a contact is the person's identifier and roles (links only: the person's data lives in the customer).</summary>
internal sealed class AccountHolder(Account account) : PersonalDataHolder<Account>("account", account.Id.Value, account)
{
    protected override PersonalDataHolding HoldingOf(CustomerId subject) =>
        Value.ContactOf(subject) is null ? PersonalDataHolding.Nothing : PersonalDataHolding.LinksOnly;

    protected override IPersonalDataHolder Read(CustomerId subject, Actor actor, Instant at, Fields fields)
    {
        if (Value.ContactOf(subject) is { } contact)
        {
            fields.Add("contact.roles", string.Join(",", contact.Roles));
            fields.Add("contact.isPrimary", (Value.PrimaryContact == subject).ToString());
        }

        return this;
    }

    protected override PersonalDataErasure Erased(CustomerId subject, Actor actor, Instant at) => new(this, null);
}

/// <summary>A household: its name may name the family (erased to the marker); members are identifiers.</summary>
internal sealed class HouseholdHolder(Household household) : PersonalDataHolder<Household>("household", household.Id, household)
{
    protected override PersonalDataHolding HoldingOf(CustomerId subject) =>
        !Value.Contains(subject) ? PersonalDataHolding.Nothing
        : Redaction.IsRedacted(Value.Name) ? PersonalDataHolding.Erased : PersonalDataHolding.PersonalData;

    protected override IPersonalDataHolder Read(CustomerId subject, Actor actor, Instant at, Fields fields)
    {
        fields.Add("name", Value.Name);
        fields.Add("relation", Value.Members.First(m => m.Customer == subject).Relation);
        return this;
    }

    // A household has no history: the erased household is the same one under the marker.
    protected override PersonalDataErasure Erased(CustomerId subject, Actor actor, Instant at) =>
        new(new HouseholdHolder(new Household(Value.Id, Redaction.Marker, Value.Members)), null);
}
