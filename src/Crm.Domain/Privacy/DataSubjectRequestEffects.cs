using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Domain.Customers;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;
using Crm.Domain.Processes;
using NodaTime;

namespace Crm.Domain.Privacy;

/// <summary>
/// Connects a <see cref="DataSubjectRequest"/> to its effect on the <see cref="Customer"/> it is about — rectification,
/// restriction, objection — as pure functions the host calls: each checks the request, applies the customer's own
/// commands with the acting employee (so the data-access policy and audit trail apply), and returns both aggregates.
/// The library never reaches out; the host stores what is returned.
/// </summary>
/// <remarks>
/// <para>Rectification and restriction need the request <see cref="DataSubjectRequestState.InProgress"/> and fulfil
/// it with a note naming what was done (fields, ground), never a value. An objection to direct marketing takes effect
/// at once (Art. 21(3)): it is applied in any open state, and fulfils the request only when work on it has started.
/// Lifting a restriction is the controller's decision, not a request: call <see cref="Customer.LiftRestriction"/>.</para>
/// <para>Errors: a request about another customer, of another kind, or in the wrong state throws before anything
/// changes (<see cref="ArgumentException"/>, <see cref="IllegalTransitionException"/>). Stateless and thread-safe.</para>
/// </remarks>
public static class DataSubjectRequestEffects
{
    /// <summary>Applies <paramref name="corrections"/> in order through the customer's commands and fulfils the
    /// request with a note listing the fields corrected. Stops at the first refusal (the request stays open).</summary>
    /// <exception cref="ArgumentException">Null arguments, no corrections, a default actor, a request about another
    /// customer or not a rectification.</exception>
    /// <exception cref="IllegalTransitionException">The request is not in progress, or the customer is erased.</exception>
    public static DataSubjectRequestEffect Rectify(DataSubjectRequest request, Customer customer, Actor actor, Instant at, IEnumerable<Rectification> corrections)
    {
        Guard.Against.Null(corrections);
        ImmutableArray<Rectification> list = [.. corrections];
        Guard.Against.NullOrEmpty(list, nameof(corrections));
        if (list.Any(c => c is null))
        {
            throw new ArgumentException("corrections must not contain null.", nameof(corrections));
        }

        RequireWork(request, customer, actor, DataSubjectRequestKind.Rectification);
        CustomerUpdate? update = null;
        foreach (var correction in list)
        {
            update = correction.ApplyTo(update?.Customer ?? customer, actor, at);
            if (!update.IsAllowed)
            {
                return new DataSubjectRequestEffect(update.Customer, request, update);
            }
        }

        var note = "rectified: " + string.Join(", ", list.Select(c => c.Field).Distinct(StringComparer.Ordinal));
        return new DataSubjectRequestEffect(update!.Customer, request.Fulfil(at, Truncated(note)), update);
    }

    /// <summary>Restricts processing on <paramref name="ground"/> from <paramref name="at"/> and fulfils the request.</summary>
    /// <exception cref="ArgumentException">Null arguments, a default actor, an undefined ground, a request about another
    /// customer or not a restriction.</exception>
    /// <exception cref="IllegalTransitionException">The request is not in progress, or processing is already restricted.</exception>
    public static DataSubjectRequestEffect Restrict(DataSubjectRequest request, Customer customer, Actor actor, RestrictionGround ground, Instant at)
    {
        RequireWork(request, customer, actor, DataSubjectRequestKind.Restriction);
        var update = customer.RestrictProcessing(actor, ground, at);
        return new DataSubjectRequestEffect(update.Customer, update.IsAllowed ? request.Fulfil(at, $"processing restricted ({ground})") : request, update);
    }

    /// <summary>Records the objection to direct marketing on the customer at <paramref name="at"/> (marketing stops
    /// then, whatever the lawful basis), and fulfils the request if work on it has started.</summary>
    /// <exception cref="ArgumentException">Null arguments, a default actor, a request about another customer or not
    /// an objection, or <paramref name="at"/> before the request was received.</exception>
    /// <exception cref="IllegalTransitionException">The request is closed.</exception>
    public static DataSubjectRequestEffect ObjectToMarketing(DataSubjectRequest request, Customer customer, Actor actor, Instant at)
    {
        RequireRequest(request, customer, actor, DataSubjectRequestKind.Objection);
        ProcessHistory.Require(!request.IsClosed, $"Data-subject request {request.Id}", request.State.ToString(), "Objected", "the request is closed");
        if (at < request.ReceivedAt)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"{nameof(at)} must not be before the request was received ({request.ReceivedAt}).");
        }

        var update = customer.ObjectToMarketing(actor, at);
        var fulfil = update.IsAllowed && request.State == DataSubjectRequestState.InProgress;
        return new DataSubjectRequestEffect(update.Customer, fulfil ? request.Fulfil(at, "direct marketing stopped") : request, update);
    }

    private static void RequireWork(DataSubjectRequest request, Customer customer, Actor actor, DataSubjectRequestKind kind)
    {
        RequireRequest(request, customer, actor, kind);
        ProcessHistory.Require(request.State == DataSubjectRequestState.InProgress, $"Data-subject request {request.Id}", request.State.ToString(), kind.ToString(),
            "its effect is applied once work on it has started");
    }

    private static void RequireRequest(DataSubjectRequest request, Customer customer, Actor actor, DataSubjectRequestKind kind)
    {
        Guard.Against.Null(request);
        Guard.Against.Null(customer);
        Guard.Against.Uninitialized(actor, !actor.IsDefault);
        if (request.Subject != customer.Id)
        {
            throw new ArgumentException($"Request {request.Id} is about customer {request.Subject}, not {customer.Id}.", nameof(customer));
        }

        if (request.Kind != kind)
        {
            throw new ArgumentException($"Request {request.Id} is a{(request.Kind is DataSubjectRequestKind.Access or DataSubjectRequestKind.Objection or DataSubjectRequestKind.Erasure ? "n" : string.Empty)} {request.Kind} request, not {kind}.", nameof(request));
        }
    }

    private static string Truncated(string note) => note.Length <= DataSubjectRequest.MaxTextLength ? note : note[..(DataSubjectRequest.MaxTextLength - 1)] + "…";
}
