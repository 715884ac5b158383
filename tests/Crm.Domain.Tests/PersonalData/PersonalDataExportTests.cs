using Crm.Domain.Customers;
using Crm.Domain.PersonalData;
using Crm.Domain.Privacy;
using Crm.Domain.Serialization;
using static Crm.Domain.Tests.Customers.CustomerFixtures;
using static Crm.Domain.Tests.PersonalData.PersonalDataFixtures;

namespace Crm.Domain.Tests.PersonalData;

/// <summary>Issue 17, item 2 (access and portability): one export of everything held about the person across the
/// aggregates given, as strict JSON, through an actor, with the customer's audited reads kept.</summary>
public class PersonalDataExportTests
{
    [Fact]
    public void Export_HoldsEveryAggregateAboutThePerson_AndNoOneElse()
    {
        var people = People(new Random(5), 2);
        var (ana, bo) = (people[0], people[1]);
        var run = PersonalDataExport.Produce(ErasureRequest(ana.Id, DataSubjectRequestKind.Portability), Holders(people), Admin, ErasedAt);
        var export = run.Export;

        Assert.Equal(
            ["customer C-0", "lead L-0", "serviceCase K-0", "complaint KC-0", "opportunity O-0", "household H-0", "salesJournal J-1", "account A-1"],
            export.Records.Select(r => $"{r.Kind} {r.Id}"));
        var values = export.Records.SelectMany(r => r.Fields).Select(f => f.Value).ToList();
        foreach (var token in ana.Tokens)
        {
            Assert.Contains(values, v => v.Contains(token, StringComparison.OrdinalIgnoreCase)); // e-mail addresses are kept in lower case
        }

        var json = CrmJson.Serialize(export);
        Assert.All(bo.Tokens, t => Assert.DoesNotContain(t, json, StringComparison.Ordinal));
        Assert.Equal(ana.Family, export.Records[0].Fields.Single(f => f.Name == "name.family").Value);
        Assert.Equal("DecisionMaker", export.Records[^1].Fields.Single(f => f.Name == "contact.roles").Value);
        Assert.Equal(PersonalDataHolding.LinksOnly, export.Records[^1].Holding);
        Assert.Equal((Admin, ErasedAt, "DSR-C-0-Portability"), (export.ProducedBy, export.ProducedAt, export.RequestId));

        // Round trip: the same JSON back; the text shows counts, not data.
        Assert.Equal(json, CrmJson.Serialize(CrmJson.Deserialize<PersonalDataExport>(json)));
        Assert.DoesNotContain(ana.Family, export.ToString(), StringComparison.Ordinal);
        Assert.Equal("Export for request DSR-C-0-Portability about customer C-0: 8 records, produced at 2026-09-14T11:00:00Z by u-admin (admin)", export.ToString());
    }

    [Fact]
    public void Export_ReadsTheCustomerThroughTheActor_AndKeepsTheAuditedRead()
    {
        var people = People(new Random(5), 1);
        var holders = Holders(people);
        var audited = DataAccessPolicy.Standard.AuditReadsOf(FieldGroup.Notes);
        var customer = Customer.FromHistory(((Customer)holders[0].Aggregate).History, audited);
        var run = PersonalDataExport.Produce(ErasureRequest(people[0].Id, DataSubjectRequestKind.Access), holders.SetItem(0, PersonalDataHolders.Of(customer)), Admin, ErasedAt);

        var after = (Customer)run.Holders[0].Aggregate;
        Assert.Equal(customer.Version + 1, after.Version);
        var read = Assert.IsType<AccessAudited>(after.History[^1]);
        Assert.Equal((AuditAction.Read, FieldGroup.Notes, Admin), (read.Action, read.FieldGroup, read.Actor));
        Assert.Equal(people[0].Notes, run.Export.Records[0].Fields.Single(f => f.Name == "notes").Value);

        // A role that may not read identity sees the groups it may read only, and says so.
        var sales = PersonalDataExport.Produce(ErasureRequest(people[0].Id, DataSubjectRequestKind.Access), holders, SalesRep, ErasedAt).Export;
        Assert.DoesNotContain(sales.Records[0].Fields, f => f.Name == "notes");
        Assert.Throws<AccessDeniedException>(() => PersonalDataExport.Produce(ErasureRequest(people[0].Id, DataSubjectRequestKind.Access), holders, Stranger, ErasedAt));
    }

    [Fact]
    public void Export_RefusesOtherKinds_AndReadsStrictly()
    {
        var people = People(new Random(5), 1);
        Assert.Throws<ArgumentException>(() => PersonalDataExport.Produce(ErasureRequest(people[0].Id), Holders(people), Admin, ErasedAt));
        var json = CrmJson.Serialize(SampleExport());
        Assert.Throws<System.Text.Json.JsonException>(() => CrmJson.Deserialize<PersonalDataExport>(json.Replace("\"schemaVersion\":1", "\"schemaVersion\":2", StringComparison.Ordinal)));
        Assert.Throws<System.Text.Json.JsonException>(() => CrmJson.Deserialize<PersonalDataExport>(json.Replace("\"records\":[", "\"records\":[null,", StringComparison.Ordinal)));
    }
}
