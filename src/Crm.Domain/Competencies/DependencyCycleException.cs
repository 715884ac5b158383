using System.Collections.Immutable;

namespace Crm.Domain.Competencies;

/// <summary>
/// Thrown when initiatives depend on each other in a cycle, so no order can respect every dependency. The message and
/// <see cref="Cycle"/> name the initiatives of one cycle, in dependency order, the first repeated at the end
/// (<c>a -&gt; b -&gt; c -&gt; a</c>: a depends on b, b on c, c on a). Nothing is planned.
/// </summary>
public sealed class DependencyCycleException : ArgumentException
{
    /// <summary>Creates the exception for a cycle.</summary>
    /// <param name="cycle">The initiative ids of the cycle, the first repeated at the end.</param>
    public DependencyCycleException(IEnumerable<string> cycle)
        : this([.. cycle ?? []])
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public DependencyCycleException() : base("Initiative dependencies form a cycle.") => Cycle = [];

    /// <summary>Creates the exception with a message only.</summary>
    public DependencyCycleException(string message) : base(message) => Cycle = [];

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public DependencyCycleException(string message, Exception innerException) : base(message, innerException) => Cycle = [];

    private DependencyCycleException(ImmutableArray<string> cycle)
        : base($"Initiative dependencies form a cycle: {string.Join(" -> ", cycle)}.", "initiatives") => Cycle = cycle;

    /// <summary>The ids of the cycle's initiatives, the first repeated at the end.</summary>
    public ImmutableArray<string> Cycle { get; }
}
