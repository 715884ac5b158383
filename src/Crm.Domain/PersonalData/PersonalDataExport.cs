using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using Crm.Domain.Privacy;
using NodaTime;

namespace Crm.Domain.PersonalData;

/// <summary>
/// Everything the library holds about a data subject across the aggregates a host gives (right of access, Art. 15,
/// and portability, Art. 20): one record per aggregate that holds anything about the person, as plain name/value
/// items, written and read strictly through <c>CrmJson</c>. Produce one with <see cref="Produce"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. Its text shows the request, the counts and who produced it, never the data.</remarks>
public sealed class PersonalDataExport
{
    /// <summary>The schema version this release writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Restores an export (JSON); use <see cref="Produce"/> to make one.</summary>
    /// <exception cref="ArgumentException">An unknown schema version, a blank request id, a default subject or actor,
    /// a default array or a null record.</exception>
    [JsonConstructor]
    public PersonalDataExport(int schemaVersion, string requestId, CustomerId subject, Instant producedAt, Actor producedBy, ImmutableArray<PersonalDataRecord> records)
    {
        Guard.Against.OutsideRange(schemaVersion, CurrentSchemaVersion, CurrentSchemaVersion);
        Guard.Against.InvalidIdentifier(requestId, "request");
        Guard.Against.Uninitialized(subject, !subject.IsDefault);
        Guard.Against.Uninitialized(producedBy, !producedBy.IsDefault);
        Guard.Against.DefaultArray(records);
        foreach (var record in records)
        {
            Guard.Against.NullElement(record, nameof(records));
        }

        SchemaVersion = schemaVersion;
        RequestId = requestId;
        Subject = subject;
        ProducedAt = producedAt;
        ProducedBy = producedBy;
        Records = records;
    }

    /// <summary>The schema version: <see cref="CurrentSchemaVersion"/>.</summary>
    public int SchemaVersion { get; }

    /// <summary>The data-subject request this export answers.</summary>
    public string RequestId { get; }

    /// <summary>The person.</summary>
    public CustomerId Subject { get; }

    /// <summary>When it was produced.</summary>
    public Instant ProducedAt { get; }

    /// <summary>Who produced it (the audit: every customer read went through this actor).</summary>
    public Actor ProducedBy { get; }

    /// <summary>One record per aggregate holding anything about the subject, in the order the holders were given.</summary>
    public ImmutableArray<PersonalDataRecord> Records { get; }

    /// <summary>
    /// Produces the export answering <paramref name="request"/>, an access or portability request whose identity is
    /// verified: every holder is asked what it holds about the request's subject, through <paramref name="actor"/>.
    /// </summary>
    /// <returns>The export and the holders after the reads (customers carry their audited reads; store them).</returns>
    /// <exception cref="ArgumentException">A null argument or holder, a default actor, a request of another kind, two
    /// holders with one kind and identifier.</exception>
    /// <exception cref="IllegalTransitionException">The request's identity is not verified, or it is closed.</exception>
    /// <exception cref="AccessDeniedException">The actor may not read a customer.</exception>
    public static PersonalDataExportRun Produce(DataSubjectRequest request, IEnumerable<IPersonalDataHolder> holders, Actor actor, Instant at)
    {
        Guard.Against.Null(request);
        if (request.Kind is not (DataSubjectRequestKind.Access or DataSubjectRequestKind.Portability))
        {
            throw new ArgumentException($"request must be an access or portability request; it was {request.Kind}.", nameof(request));
        }

        var given = PersonalDataHolders.Distinct(holders);
        Guard.Against.Uninitialized(actor, !actor.IsDefault);
        PersonalDataHolders.RequireVerified(request);
        var records = ImmutableArray.CreateBuilder<PersonalDataRecord>();
        var after = ImmutableArray.CreateBuilder<IPersonalDataHolder>(given.Length);
        foreach (var holder in given)
        {
            if (holder.Holding(request.Subject) == PersonalDataHolding.Nothing)
            {
                after.Add(holder);
                continue;
            }

            var read = holder.ExportSubject(request.Subject, actor, at);
            records.Add(read.Record);
            after.Add(read.Holder);
        }

        return new PersonalDataExportRun(new PersonalDataExport(CurrentSchemaVersion, request.Id, request.Subject, at, actor, records.ToImmutable()), after.MoveToImmutable());
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"Export for request {RequestId} about customer {Subject}: {Counted.Of(Records.Length, "record")}, produced at {ProducedAt} by {ProducedBy}";
}
