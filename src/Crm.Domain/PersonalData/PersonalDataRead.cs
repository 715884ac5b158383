namespace Crm.Domain.PersonalData;

/// <summary>The result of <see cref="IPersonalDataHolder.ExportSubject"/>: what the aggregate holds about the subject, and the
/// holder after the read (a customer with its audited reads appended; other aggregates unchanged).</summary>
/// <remarks>Immutable and thread-safe. Its text names the kind, identifier and field count only.</remarks>
public sealed class PersonalDataRead
{
    /// <summary>Creates the result.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PersonalDataRead(PersonalDataRecord record, IPersonalDataHolder holder)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(holder);
        Record = record;
        Holder = holder;
    }

    /// <summary>What the aggregate holds about the subject.</summary>
    public PersonalDataRecord Record { get; }

    /// <summary>The holder after the read (store its aggregate: the audit trail may have grown).</summary>
    public IPersonalDataHolder Holder { get; }

    /// <inheritdoc />
    public override string ToString() => Record.ToString();
}
