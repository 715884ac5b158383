using Crm.Domain.Acquisition;
using Crm.Domain.Campaigns;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Sales;
using Crm.Domain.Service;
using NodaTime;

namespace Crm.Domain.PersonalData;

// The holders of the processes that record what happened with a person: leads, cases, complaints, opportunities,
// sales journals, campaigns. Each erasure is the aggregate's own command (Lead.Erase, ServiceCase.Erase…).

/// <summary>A lead: the person is the converted contact, or the one the host names.</summary>
internal sealed class LeadHolder(Lead lead, CustomerId? person) : PersonalDataHolder<Lead>("lead", lead.Id, lead)
{
    protected override PersonalDataHolding HoldingOf(CustomerId subject) =>
        person != subject && Value.Conversion?.Contact != subject ? PersonalDataHolding.Nothing
        : Value.IsErased ? PersonalDataHolding.Erased : PersonalDataHolding.PersonalData;

    protected override IPersonalDataHolder Read(CustomerId subject, Actor actor, Instant at, Fields fields)
    {
        fields.Add("source", Value.Source);
        fields.Add("attitude", Value.Attitude);
        fields.Add("stage", Value.Stage);
        fields.Add("createdAt", Value.CreatedAt);
        foreach (var e in Value.History)
        {
            if (e is LeadStageChanged { Note: { } note } change)
            {
                fields.Add($"note@{NodaTime.Text.InstantPattern.General.Format(change.At)}", note);
            }
        }

        return this;
    }

    protected override PersonalDataErasure Erased(CustomerId subject, Actor actor, Instant at)
    {
        var erased = Value.Erase(actor, at);
        return Of(new LeadHolder(erased, person), erased);
    }
}

/// <summary>A service case of the customer: escalation reasons are free text.</summary>
internal sealed class ServiceCaseHolder(ServiceCase serviceCase) : PersonalDataHolder<ServiceCase>("serviceCase", serviceCase.Id, serviceCase)
{
    protected override PersonalDataHolding HoldingOf(CustomerId subject) =>
        Value.Customer != subject ? PersonalDataHolding.Nothing : Value.IsErased ? PersonalDataHolding.Erased : PersonalDataHolding.PersonalData;

    protected override IPersonalDataHolder Read(CustomerId subject, Actor actor, Instant at, Fields fields)
    {
        fields.Add("channel", Value.Channel);
        fields.Add("priority", Value.Priority);
        fields.Add("state", Value.State);
        fields.Add("openedAt", Value.OpenedAt);
        fields.Add("resolvedAt", Value.ResolvedAt);
        var i = 0;
        foreach (var e in Value.History)
        {
            if (e is CaseEscalated escalated)
            {
                fields.Add($"escalation[{i++}].reason", escalated.Reason);
            }
        }

        return this;
    }

    protected override PersonalDataErasure Erased(CustomerId subject, Actor actor, Instant at)
    {
        var erased = Value.Erase(actor, at);
        return Of(new ServiceCaseHolder(erased), erased);
    }
}

/// <summary>A complaint on the customer's case: its subject is free text.</summary>
internal sealed class ComplaintHolder(Complaint complaint) : PersonalDataHolder<Complaint>("complaint", complaint.Case.Id, complaint)
{
    protected override PersonalDataHolding HoldingOf(CustomerId subject) =>
        Value.Case.Customer != subject ? PersonalDataHolding.Nothing : Value.IsErased ? PersonalDataHolding.Erased : PersonalDataHolding.PersonalData;

    protected override IPersonalDataHolder Read(CustomerId subject, Actor actor, Instant at, Fields fields)
    {
        fields.Add("subject", Value.Subject);
        fields.Add("outcome", Value.Outcome);
        fields.Add("compensation", Value.Compensation);
        fields.Add("decidedAt", Value.DecidedAt);
        return this;
    }

    protected override PersonalDataErasure Erased(CustomerId subject, Actor actor, Instant at)
    {
        var erased = Value.Erase(actor, at);
        return Of(new ComplaintHolder(erased), erased);
    }
}

/// <summary>An opportunity with the customer as party (or the person the host names, for a lead's or an account's).</summary>
internal sealed class OpportunityHolder(Opportunity opportunity, CustomerId? person) : PersonalDataHolder<Opportunity>("opportunity", opportunity.Id, opportunity)
{
    protected override PersonalDataHolding HoldingOf(CustomerId subject) =>
        person != subject && Value.Party != SalesParty.Customer(subject) ? PersonalDataHolding.Nothing
        : Value.IsErased ? PersonalDataHolding.Erased : PersonalDataHolding.PersonalData;

    protected override IPersonalDataHolder Read(CustomerId subject, Actor actor, Instant at, Fields fields)
    {
        fields.Add("name", Value.Name);
        fields.Add("stage", Value.Stage);
        fields.Add("amount", Value.Amount);
        fields.Add("expectedClose", Value.ExpectedClose);
        fields.Add("createdAt", Value.CreatedAt);
        return this;
    }

    protected override PersonalDataErasure Erased(CustomerId subject, Actor actor, Instant at)
    {
        var erased = Value.Erase(actor, at);
        return Of(new OpportunityHolder(erased, person), erased);
    }
}

/// <summary>A sales journal: the activities and follow-ups whose party is the customer.</summary>
internal sealed class SalesJournalHolder(SalesJournal journal) : PersonalDataHolder<SalesJournal>("salesJournal", journal.Id, journal)
{
    protected override PersonalDataHolding HoldingOf(CustomerId subject)
    {
        var party = SalesParty.Customer(subject);
        return !Value.Mentions(party) ? PersonalDataHolding.Nothing
            : Value.HoldsTextOf(party) ? PersonalDataHolding.PersonalData
            : Value.History.Any(e => e is SalesJournalPartyErased erased && erased.Party == party) ? PersonalDataHolding.Erased
            : PersonalDataHolding.LinksOnly;
    }

    protected override IPersonalDataHolder Read(CustomerId subject, Actor actor, Instant at, Fields fields)
    {
        var party = SalesParty.Customer(subject);
        foreach (var a in Value.ActivitiesWith(party))
        {
            fields.Add($"activity[{a.Id}]", $"{a.Kind} at {NodaTime.Text.InstantPattern.General.Format(a.At)}: {a.Outcome}");
            fields.Add($"activity[{a.Id}].notes", a.Notes);
        }

        foreach (var f in Value.FollowUps.Where(f => f.Party == party))
        {
            fields.Add($"followUp[{f.Id}].purpose", f.Purpose);
            fields.Add($"followUp[{f.Id}].due", f.Due);
            fields.Add($"followUp[{f.Id}].completedAt", f.CompletedAt);
        }

        return this;
    }

    protected override PersonalDataErasure Erased(CustomerId subject, Actor actor, Instant at)
    {
        var erased = Value.Erase(SalesParty.Customer(subject), actor, at);
        return Of(new SalesJournalHolder(erased), erased);
    }
}

/// <summary>A campaign: audience membership and responses are the customer's identifier beside outcomes (links only).</summary>
internal sealed class CampaignHolder(Campaign campaign) : PersonalDataHolder<Campaign>("campaign", campaign.Id, campaign)
{
    protected override PersonalDataHolding HoldingOf(CustomerId subject) =>
        Value.Responses.Any(r => r.Customer == subject) || Group(subject) is not null ? PersonalDataHolding.LinksOnly : PersonalDataHolding.Nothing;

    protected override IPersonalDataHolder Read(CustomerId subject, Actor actor, Instant at, Fields fields)
    {
        fields.Add("audience", Group(subject));
        var i = 0;
        foreach (var r in Value.Responses.Where(r => r.Customer == subject))
        {
            fields.Add($"response[{i++}]", $"{r.Kind}{(r.Code == ResponseCode.None ? string.Empty : $" {r.Code}")} via {r.Channel} at {NodaTime.Text.InstantPattern.General.Format(r.At)}");
        }

        return this;
    }

    protected override PersonalDataErasure Erased(CustomerId subject, Actor actor, Instant at) => new(this, null);

    private string? Group(CustomerId subject) =>
        Value.Audience is not { } audience ? null
        : audience.Treated.Any(c => c.Id == subject) ? "treated"
        : audience.Control.Any(c => c.Id == subject) ? "control"
        : null;
}
