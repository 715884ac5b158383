using Crm.Domain.Accounts;
using Crm.Domain.Acquisition;
using Crm.Domain.Customers;
using Crm.Domain.PersonalData;
using Crm.Domain.Sales;
using Crm.Domain.Serialization;
using Crm.Domain.Service;

namespace Crm.Domain.Tests.PersonalData;

/// <summary>Every text an aggregate shows to the outside: its text, its holder's, its snapshot's JSON and text, and
/// each event's JSON and text; and the aggregate rebuilt from the snapshot's JSON (replay equals state).</summary>
internal static class ErasureOutputs
{
    public static IEnumerable<string> Of(IPersonalDataHolder holder)
    {
        yield return holder.ToString()!;
        yield return holder.Aggregate.ToString()!;
        foreach (var text in holder.Aggregate switch
        {
            Customer c => Texts(c.ToSnapshot(), c.History),
            Lead l => Texts(l.ToSnapshot(), l.History),
            ServiceCase k => Texts(k.ToSnapshot(), k.History),
            Complaint k => Texts(k.ToSnapshot(), k.History),
            Opportunity o => Texts(o.ToSnapshot(), o.History),
            SalesJournal j => Texts(j.ToSnapshot(), j.History),
            Account a => Texts(a.ToSnapshot(), a.History),
            Household h => [CrmJson.Serialize(h)],
            _ => throw new InvalidOperationException(holder.Kind),
        })
        {
            yield return text;
        }
    }

    /// <summary>The aggregate's snapshot JSON after a JSON round trip through its <c>FromSnapshot</c>: equal to the
    /// snapshot's own JSON when the stored history replays to the stored state.</summary>
    public static (string Before, string After) RoundTrip(IPersonalDataHolder holder) => holder.Aggregate switch
    {
        Customer c => Trip(c.ToSnapshot(), s => Customer.FromSnapshot(s, DataAccessPolicy.Standard).ToSnapshot()),
        Lead l => Trip(l.ToSnapshot(), s => Lead.FromSnapshot(s).ToSnapshot()),
        ServiceCase k => Trip(k.ToSnapshot(), s => ServiceCase.FromSnapshot(s).ToSnapshot()),
        Complaint k => Trip(k.ToSnapshot(), s => Complaint.FromSnapshot(s).ToSnapshot()),
        Opportunity o => Trip(o.ToSnapshot(), s => Opportunity.FromSnapshot(s).ToSnapshot()),
        SalesJournal j => Trip(j.ToSnapshot(), s => SalesJournal.FromSnapshot(s).ToSnapshot()),
        Account a => Trip(a.ToSnapshot(), s => Account.FromSnapshot(s).ToSnapshot()),
        Household h => Trip(h, s => s),
        _ => throw new InvalidOperationException(holder.Kind),
    };

    private static string[] Texts<TSnapshot, TEvent>(TSnapshot snapshot, IEnumerable<TEvent> history) =>
        [CrmJson.Serialize(snapshot), snapshot!.ToString()!, .. history.SelectMany(e => new[] { CrmJson.Serialize(e), e!.ToString()! })];

    private static (string, string) Trip<T>(T snapshot, Func<T, T> rebuild)
    {
        var json = CrmJson.Serialize(snapshot);
        return (json, CrmJson.Serialize(rebuild(CrmJson.Deserialize<T>(json))));
    }
}
