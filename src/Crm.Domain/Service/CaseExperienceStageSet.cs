using Crm.Domain.Competencies;
using NodaTime;

namespace Crm.Domain.Service;

/// <summary>
/// The case's customer-experience lifecycle stage was set (see <see cref="ServiceCase.SetExperienceStage"/>); its state
/// does not change. Allowed in every state. Carries no personal data.
/// </summary>
/// <param name="At">When it happened.</param>
/// <param name="Stage">The stage the case belongs to (never <see cref="ExperienceStage.Unknown"/>).</param>
public sealed record CaseExperienceStageSet(Instant At, ExperienceStage Stage) : CaseEvent(At);
