using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.PersonalData;

/// <summary>
/// One aggregate that may hold a data subject's personal data, as the erasure plan and the export see it: "what do
/// you hold about subject X" (<see cref="Holding"/>, <see cref="ExportSubject"/>) and "erase subject X at an instant, by an
/// actor" (<see cref="EraseSubject"/>). <see cref="PersonalDataHolders"/> wraps every aggregate of the library; a host may
/// implement it for its own stores too.
/// </summary>
/// <remarks>Implementations are immutable: <see cref="EraseSubject"/> and <see cref="ExportSubject"/> return a new holder over the
/// new aggregate and leave this one unchanged. Thread-safe when the wrapped aggregate is (the library's are).</remarks>
public interface IPersonalDataHolder
{
    /// <summary>The kind of aggregate, e.g. <c>customer</c>, <c>lead</c>, <c>serviceCase</c> (not blank; no personal data).</summary>
    string Kind { get; }

    /// <summary>The aggregate's identifier (not blank; an identifier, never personal data).</summary>
    string Id { get; }

    /// <summary>The wrapped aggregate (a <see cref="Customer"/>, a <c>Lead</c>…), to store after an erasure or an export.</summary>
    object Aggregate { get; }

    /// <summary>What the aggregate holds about <paramref name="subject"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is <c>default</c>.</exception>
    PersonalDataHolding Holding(CustomerId subject);

    /// <summary>Everything the aggregate holds about <paramref name="subject"/>, read by <paramref name="actor"/> at
    /// <paramref name="at"/> (a customer's audited field groups are read through <see cref="Customer.ReadAudited"/>).</summary>
    /// <exception cref="ArgumentException"><paramref name="subject"/> or <paramref name="actor"/> is <c>default</c>.</exception>
    /// <exception cref="AccessDeniedException">The actor may not read the customer.</exception>
    PersonalDataRead ExportSubject(CustomerId subject, Actor actor, Instant at);

    /// <summary>Erases <paramref name="subject"/>'s personal data: the new aggregate and the erasure event it appended
    /// (null where the aggregate has no history, or holds only links).</summary>
    /// <exception cref="ArgumentException"><paramref name="subject"/> or <paramref name="actor"/> is <c>default</c>, or
    /// <paramref name="at"/> is before the aggregate's last event.</exception>
    /// <exception cref="IllegalTransitionException">The aggregate is already erased.</exception>
    /// <exception cref="AccessDeniedException">The actor may not erase the customer.</exception>
    PersonalDataErasure EraseSubject(CustomerId subject, Actor actor, Instant at);
}
