namespace Crm.Domain.Tests.Processes;

/// <summary>
/// Marks a test class whose FsCheck properties run <see cref="ProcessLaws"/> over random valid command sequences of
/// <see cref="Aggregate"/>. A convention test checks that every aggregate of the library is covered.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
internal sealed class ProcessLawsForAttribute(Type aggregate) : Attribute
{
    public Type Aggregate { get; } = aggregate;
}
