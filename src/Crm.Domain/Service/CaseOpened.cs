using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Service;

/// <summary>
/// A case was opened (see <see cref="ServiceCase.Open"/>): the first event of every case's history, carrying
/// everything the case was opened with.
/// </summary>
/// <param name="At">When it was opened.</param>
/// <param name="Id">The case's identifier; never blank.</param>
/// <param name="Customer">The customer who raised it; never <c>default</c>.</param>
/// <param name="Team">The team that owns it; never blank.</param>
/// <param name="Priority">The priority; a defined <see cref="CasePriority"/>.</param>
/// <param name="Channel">The channel it came in on; a defined channel other than <see cref="Channel.Unknown"/>.</param>
public sealed record CaseOpened(Instant At, string Id, CustomerId Customer, [property: NotPersonal("a team's name")] string Team, CasePriority Priority, Channel Channel) : CaseEvent(At);
