using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Accounts;
using Crm.Domain.Acquisition;
using Crm.Domain.Campaigns;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using Crm.Domain.Privacy;
using Crm.Domain.Processes;
using Crm.Domain.Sales;
using Crm.Domain.Service;

namespace Crm.Domain.PersonalData;

/// <summary>
/// <see cref="IPersonalDataHolder"/>s over every aggregate of the library that can hold a person's data. What each
/// holds about a subject: a customer its own data; a lead and an opportunity the person the host names (or, for a
/// lead, its converted contact; for an opportunity, its customer party); a case and a complaint their customer; a
/// sales journal the entries whose party is the customer; a household its members (its name may name the family);
/// an account and a campaign only links (identifiers beside roles and response outcomes).
/// </summary>
/// <remarks>Pure functions; thread-safe.</remarks>
public static class PersonalDataHolders
{
    /// <summary>A customer (reads and erasure under its access policy).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> is null.</exception>
    public static IPersonalDataHolder Of(Customer customer) => new CustomerHolder(Guard.Against.Null(customer));

    /// <summary>A lead whose person is its converted contact (an unconverted lead holds nobody's data: name the
    /// person with <see cref="Of(Lead, CustomerId)"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="lead"/> is null.</exception>
    public static IPersonalDataHolder Of(Lead lead) => new LeadHolder(Guard.Against.Null(lead), null);

    /// <summary>A lead about <paramref name="person"/> (as well as its converted contact).</summary>
    /// <exception cref="ArgumentException"><paramref name="lead"/> is null or <paramref name="person"/> is <c>default</c>.</exception>
    public static IPersonalDataHolder Of(Lead lead, CustomerId person) => new LeadHolder(Guard.Against.Null(lead), Person(person));

    /// <summary>A service case.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="serviceCase"/> is null.</exception>
    public static IPersonalDataHolder Of(ServiceCase serviceCase) => new ServiceCaseHolder(Guard.Against.Null(serviceCase));

    /// <summary>A complaint (its identifier is its case's).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="complaint"/> is null.</exception>
    public static IPersonalDataHolder Of(Complaint complaint) => new ComplaintHolder(Guard.Against.Null(complaint));

    /// <summary>An opportunity whose person is its customer party.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="opportunity"/> is null.</exception>
    public static IPersonalDataHolder Of(Opportunity opportunity) => new OpportunityHolder(Guard.Against.Null(opportunity), null);

    /// <summary>An opportunity about <paramref name="person"/> (a lead's or an account's opportunity; as well as a
    /// customer party).</summary>
    /// <exception cref="ArgumentException"><paramref name="opportunity"/> is null or <paramref name="person"/> is <c>default</c>.</exception>
    public static IPersonalDataHolder Of(Opportunity opportunity, CustomerId person) =>
        new OpportunityHolder(Guard.Against.Null(opportunity), Person(person));

    /// <summary>A sales journal.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="journal"/> is null.</exception>
    public static IPersonalDataHolder Of(SalesJournal journal) => new SalesJournalHolder(Guard.Against.Null(journal));

    /// <summary>A campaign.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="campaign"/> is null.</exception>
    public static IPersonalDataHolder Of(Campaign campaign) => new CampaignHolder(Guard.Against.Null(campaign));

    /// <summary>An account.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    public static IPersonalDataHolder Of(Account account) => new AccountHolder(Guard.Against.Null(account));

    /// <summary>A household.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="household"/> is null.</exception>
    public static IPersonalDataHolder Of(Household household) => new HouseholdHolder(Guard.Against.Null(household));

    /// <summary>The holders as an array, refusing a null list, a null holder, and two holders with one kind and id.</summary>
    internal static ImmutableArray<IPersonalDataHolder> Distinct(IEnumerable<IPersonalDataHolder> holders, string parameterName = "holders")
    {
        if (holders is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        var list = holders.ToImmutableArray();
        var seen = new HashSet<(string, string)>();
        foreach (var holder in list)
        {
            if (holder is null)
            {
                throw new ArgumentException($"{parameterName} holds a null holder.", parameterName);
            }

            if (!seen.Add((holder.Kind, holder.Id)))
            {
                throw new ArgumentException($"{parameterName} holds {holder.Kind} {holder.Id} twice.", parameterName);
            }
        }

        return list;
    }

    /// <summary>Refuses a request whose identity is not verified yet, or that is closed.</summary>
    internal static void RequireVerified(DataSubjectRequest request) =>
        ProcessHistory.Require(request.State is DataSubjectRequestState.IdentityVerified or DataSubjectRequestState.InProgress,
            $"Data-subject request {request.Id}", request.State.ToString(), "answered", "a request is answered once the identity is verified, while it is open");

    private static CustomerId Person(CustomerId person, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(person))] string? parameterName = null) =>
        Guard.Against.Uninitialized(person, !person.IsDefault, parameterName);
}
