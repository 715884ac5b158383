namespace Crm.Samples.ServiceDesk.Storage;

/// <summary>The desk's log messages (source-generated).</summary>
public static partial class DeskLog
{
    /// <summary>An erasure committed but its WAL checkpoint was kept from truncating the WAL by a reader.</summary>
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning,
        Message = "Erasure of customer {CustomerId}: the WAL checkpoint was busy; erased bytes may remain in the WAL until the next checkpoint.")]
    public static partial void WalCheckpointBusy(this ILogger logger, string customerId);
}
