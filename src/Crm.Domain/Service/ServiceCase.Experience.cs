using Ardalis.GuardClauses;
using Crm.Domain.Competencies;
using Crm.Domain.Guards;
using NodaTime;

namespace Crm.Domain.Service;

// This file of the partial class: the case's customer-experience lifecycle stage (issue 16 item 5). (The type's one doc comment is on the main file's declaration.)
public sealed partial class ServiceCase
{
    /// <summary>
    /// The customer-experience lifecycle stage the case belongs to: the last one set (<see cref="SetExperienceStage"/>),
    /// else <see cref="ExperienceStage.Care"/> (support and after-sales service, where a service case sits unless the
    /// host says otherwise: a billing dispute is <see cref="ExperienceStage.BillingAndPayment"/>, a cancellation
    /// <see cref="ExperienceStage.Exit"/>). Histories written before the stage existed read as Care.
    /// </summary>
    public ExperienceStage ExperienceStage
    {
        get
        {
            var events = _log.AsSpan();
            for (var i = events.Length - 1; i >= 0; i--)
            {
                if (events[i] is CaseExperienceStageSet set)
                {
                    return set.Stage;
                }
            }

            return ExperienceStage.Care;
        }
    }

    /// <summary>Sets the case's experience stage (<see cref="CaseExperienceStageSet"/>); allowed in every state, the state does not change.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is undefined or <see cref="ExperienceStage.Unknown"/>,
    /// or <paramref name="at"/> is before the last event.</exception>
    public ServiceCase SetExperienceStage(Instant at, ExperienceStage stage) => Apply(new CaseExperienceStageSet(at, stage));

    private ServiceCase StageSet(CaseExperienceStageSet e)
    {
        Guard.Against.UndefinedEnum(e.Stage, parameterName: "stage");
        return With(Processes.ProcessHistory.Append(_log, e, Process), State, resolvedAt: ResolvedAt, pausedSince: PausedSince);
    }
}
