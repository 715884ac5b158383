using System.Collections.Immutable;

namespace Crm.Domain.PersonalData;

/// <summary>The result of <see cref="PersonalDataExport.Produce"/>: the export and the holders after the reads.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PersonalDataExportRun
{
    internal PersonalDataExportRun(PersonalDataExport export, ImmutableArray<IPersonalDataHolder> holders)
    {
        Export = export;
        Holders = holders;
    }

    /// <summary>The export (write it with <c>CrmJson</c>).</summary>
    public PersonalDataExport Export { get; }

    /// <summary>Every holder given, in order, after the read: a customer carries its audited reads (store it); the
    /// others are unchanged.</summary>
    public ImmutableArray<IPersonalDataHolder> Holders { get; }

    /// <inheritdoc />
    public override string ToString() => Export.ToString();
}
