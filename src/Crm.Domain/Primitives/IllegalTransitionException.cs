namespace Crm.Domain.Primitives;

/// <summary>
/// Thrown when a process (a lead in the funnel, a service case, a campaign) is asked to make a transition its
/// current state does not allow. The process is left unchanged. The message names the process, both states and,
/// where there is one, the reason.
/// </summary>
public sealed class IllegalTransitionException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="process">What is transitioning, such as <c>Lead 42</c>.</param>
    /// <param name="from">The current state.</param>
    /// <param name="to">The state or action requested.</param>
    /// <param name="reason">Why it is refused; null for "not a transition of this process".</param>
    public IllegalTransitionException(string process, string from, string to, string? reason = null)
        : base($"{process}: cannot go from '{from}' to '{to}'{(reason is null ? "." : $": {reason}")}")
    {
        Process = process;
        From = from;
        To = to;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public IllegalTransitionException() : this("process", "?", "?") { }

    /// <summary>Creates the exception with a message only.</summary>
    public IllegalTransitionException(string message) : base(message)
    {
        Process = From = To = string.Empty;
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public IllegalTransitionException(string message, Exception innerException) : base(message, innerException)
    {
        Process = From = To = string.Empty;
    }

    /// <summary>What was transitioning.</summary>
    public string Process { get; }

    /// <summary>The state it was in (and still is).</summary>
    public string From { get; }

    /// <summary>The state or action that was refused.</summary>
    public string To { get; }
}
