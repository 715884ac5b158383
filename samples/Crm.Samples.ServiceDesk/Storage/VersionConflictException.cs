namespace Crm.Samples.ServiceDesk.Storage;

/// <summary>
/// A write expected one version of an aggregate and found another (or found it already created): nothing was written.
/// The HTTP layer answers 409 with <see cref="CurrentVersion"/>.
/// </summary>
public sealed class VersionConflictException : Exception
{
    /// <summary>A conflict on <paramref name="kind"/>/<paramref name="id"/>.</summary>
    public VersionConflictException(string kind, string id, int expectedVersion, int currentVersion, Exception? innerException = null)
        : base($"{kind} {id} is at version {currentVersion}; the request expected version {expectedVersion}.", innerException)
    {
        Kind = kind;
        Id = id;
        ExpectedVersion = expectedVersion;
        CurrentVersion = currentVersion;
    }

    /// <summary>Not used (the desk always names the conflict).</summary>
    public VersionConflictException()
        : this("aggregate", "?", 0, 0)
    {
    }

    /// <summary>Not used (the desk always names the conflict).</summary>
    public VersionConflictException(string message)
        : base(message)
    {
        Kind = Id = string.Empty;
    }

    /// <summary>Not used (the desk always names the conflict).</summary>
    public VersionConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
        Kind = Id = string.Empty;
    }

    /// <summary>The aggregate kind.</summary>
    public string Kind { get; }

    /// <summary>The aggregate id.</summary>
    public string Id { get; }

    /// <summary>The version the request expected (0: that it did not exist yet).</summary>
    public int ExpectedVersion { get; }

    /// <summary>The stored version (0: it does not exist).</summary>
    public int CurrentVersion { get; }
}
