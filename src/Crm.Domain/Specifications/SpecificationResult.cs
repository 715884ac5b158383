using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace Crm.Domain.Specifications;

/// <summary>The outcome of evaluating a <see cref="Specification{T}"/>, with the outcomes of its parts: the
/// explanation of why a candidate matched or did not.</summary>
/// <remarks>Immutable and thread-safe. Equality is by reference.</remarks>
[JsonConverter(typeof(SpecificationResultJsonConverter))]
public sealed class SpecificationResult
{
    private SpecificationResult(string name, bool isSatisfied, ImmutableArray<SpecificationResult> parts)
    {
        Name = name;
        IsSatisfied = isSatisfied;
        Parts = parts;
    }

    /// <summary>The name of the rule evaluated (for a composite: "A AND B", "NOT A").</summary>
    public string Name { get; }

    /// <summary>Whether the candidate satisfied the rule.</summary>
    public bool IsSatisfied { get; }

    /// <summary>The outcomes of the sub-rules; empty for a leaf rule.</summary>
    public ImmutableArray<SpecificationResult> Parts { get; }

    /// <summary>The outcome of a rule without parts.</summary>
    public static SpecificationResult Leaf(string name, bool isSatisfied) =>
        new(Guard.Against.NullOrWhiteSpace(name), isSatisfied, []);

    /// <summary>The outcome of a composite rule.</summary>
    public static SpecificationResult Composite(string name, bool isSatisfied, IEnumerable<SpecificationResult> parts) =>
        new(Guard.Against.NullOrWhiteSpace(name), isSatisfied, [.. Guard.Against.Null(parts)]);

    /// <summary>The leaf rules that were satisfied, in order: the reasons a candidate is in.</summary>
    public IEnumerable<string> SatisfiedLeaves() => Leaves().Where(r => r.IsSatisfied).Select(r => r.Name);

    /// <summary>The leaf rules that were not satisfied, in order: the reasons a candidate is out.</summary>
    public IEnumerable<string> FailedLeaves() => Leaves().Where(r => !r.IsSatisfied).Select(r => r.Name);

    /// <summary>An indented, human-readable tree such as <c>[x] A AND B</c> / <c>  [x] A</c> / <c>  [ ] B</c>.</summary>
    public string Explain()
    {
        var sb = new StringBuilder();
        Append(sb, 0);
        return sb.ToString().TrimEnd();
    }

    /// <inheritdoc />
    public override string ToString() => $"{(IsSatisfied ? "satisfied" : "not satisfied")}: {Name}";

    private IEnumerable<SpecificationResult> Leaves() =>
        Parts.IsEmpty ? [this] : Parts.SelectMany(p => p.Leaves());

    private void Append(StringBuilder sb, int depth)
    {
        sb.Append(' ', depth * 2).Append(IsSatisfied ? "[x] " : "[ ] ").Append(Name).Append('\n');
        foreach (var part in Parts)
        {
            part.Append(sb, depth + 1);
        }
    }
}
