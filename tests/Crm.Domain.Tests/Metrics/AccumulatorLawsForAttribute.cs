namespace Crm.Domain.Tests.Metrics;

/// <summary>
/// Marks a test class whose FsCheck properties run <see cref="AccumulatorLaws.Hold"/> over random batches of
/// observations of <see cref="Accumulator"/>. A convention test checks that every accumulator of the library is
/// covered.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
internal sealed class AccumulatorLawsForAttribute(Type accumulator) : Attribute
{
    public Type Accumulator { get; } = accumulator;
}
