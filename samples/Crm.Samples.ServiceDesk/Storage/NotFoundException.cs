namespace Crm.Samples.ServiceDesk.Storage;

/// <summary>No aggregate of that kind with that id is stored (HTTP 404).</summary>
public sealed class NotFoundException : Exception
{
    /// <summary>Nothing stored as <paramref name="kind"/>/<paramref name="id"/>.</summary>
    public NotFoundException(string kind, string id)
        : base($"No {kind} with id '{id}'.")
    {
    }

    /// <summary>Not used.</summary>
    public NotFoundException()
    {
    }

    /// <summary>Not used.</summary>
    public NotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Not used.</summary>
    public NotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
