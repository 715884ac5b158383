using System.Collections.Immutable;
using NodaTime;

namespace Crm.Domain.Privacy;

/// <summary>
/// A population after a <see cref="ProcessingRestrictions"/> screen: what may be profiled, and who was left out and why.
/// </summary>
/// <typeparam name="T">The population's shape (the allowed summaries or valuations).</typeparam>
/// <remarks><see cref="Allowed"/> keeps the input's order with the blocked members taken out (a subsequence);
/// <see cref="LeftOut"/> is in input order and names each blocked member's position in the input. Immutable and
/// thread-safe when <typeparamref name="T"/> is.</remarks>
public sealed class Screened<T>
{
    internal Screened(T allowed, ImmutableArray<ScreenedOut> leftOut, Instant at)
    {
        Allowed = allowed;
        LeftOut = leftOut;
        At = at;
    }

    /// <summary>The members that may be profiled at <see cref="At"/>, in input order.</summary>
    public T Allowed { get; }

    /// <summary>The members left out, in input order, each with the rule that blocked it.</summary>
    public ImmutableArray<ScreenedOut> LeftOut { get; }

    /// <summary>The instant the screen was taken for.</summary>
    public Instant At { get; }

    /// <inheritdoc />
    public override string ToString() => $"screened at {At}: {LeftOut.Length} left out";
}
