using Crm.Domain.Competencies;
using Crm.Domain.Customers;
using Crm.Domain.Primitives;
using Crm.Domain.Service;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Crm.Domain.Tests.Arbitraries;

/// <summary>
/// Generators for the Service room's processes: random VALID command sequences of a <see cref="ServiceCase"/> and of
/// a <see cref="Complaint"/> around it. A script is a list of (choice, gap) steps; each step picks one of the commands
/// the current state allows (so the sequence reaches every state: waiting, escalated, resolved, reopened, closed) and
/// moves the clock on by the gap (often zero, so equal instants occur).
/// </summary>
public static class ServiceArbitraries
{
    private static readonly Instant Start = Instant.FromUtc(2026, 11, 23, 9, 0);
    private static readonly int[] GapsInMinutes = [0, 0, 1, 7, 60, 600, 1440];

    /// <summary>One step of a script: which allowed command (modulo their number) and how many minutes later.</summary>
    public readonly record struct Step(int Choice, int GapMinutes);

    /// <summary>A case's opening values and the steps that follow.</summary>
    public sealed record CaseScript(CasePriority Priority, Channel Channel, Step[] Steps)
    {
        public ServiceCase Open() => ServiceCase.Open("C-" + Steps.Length, CustomerId.Of("cust-" + (int)Channel), "Tier" + (int)Priority, Priority, Channel, Start);

        /// <summary>The case after the first <paramref name="count"/> steps (a closed case ignores the rest).</summary>
        public ServiceCase Run(int count)
        {
            var c = Open();
            foreach (var step in Steps.Take(count))
            {
                c = Next(c, step);
            }

            return c;
        }

        public override string ToString() =>
            $"{Priority} {Channel}: {string.Join(" ", Steps.Select(s => $"{s.Choice}+{s.GapMinutes}m"))}";
    }

    /// <summary>A complaint filed after <see cref="FiledAfter"/> steps of its case, then moved on chunk by chunk.</summary>
    public sealed record ComplaintScript(CaseScript Case, int FiledAfter, int[] Chunks, int[] OutcomeChoices, decimal[] Compensations)
    {
        public Complaint Run()
        {
            var done = Math.Min(FiledAfter, Case.Steps.Length);
            var serviceCase = Case.Run(done);
            var complaint = Complaint.File(serviceCase, "late delivery " + done);
            for (var i = 0; i < Chunks.Length; i++)
            {
                foreach (var step in Case.Steps.Skip(done).Take(Chunks[i]))
                {
                    serviceCase = Next(serviceCase, step);
                }

                done += Chunks[i];
                complaint = complaint.WithCase(serviceCase);
                var choice = OutcomeChoices[i % OutcomeChoices.Length];
                if (complaint.Case.IsResolved && complaint.Outcome == ServiceRecoveryOutcome.Pending && choice > 0)
                {
                    var last = complaint.History[^1].At;
                    var amount = Compensations[i % Compensations.Length];
                    complaint = complaint.RecordOutcome((ServiceRecoveryOutcome)choice, last + Duration.FromMinutes(i),
                        amount < 0 ? null : Money.Of(amount, "GBP"));
                }
            }

            return complaint;
        }

        public override string ToString() =>
            $"{Case}; filed after {FiledAfter}; chunks {string.Join(",", Chunks)}; outcomes {string.Join(",", OutcomeChoices)}; compensations {string.Join(",", Compensations)}";
    }

    /// <summary>The case after one step: the step's choice among the commands the state allows.</summary>
    public static ServiceCase Next(ServiceCase c, Step step)
    {
        var at = c.LastEventAt + Duration.FromMinutes(step.GapMinutes);
        if (step.Choice == 11 && c.State != CaseState.Closed)
        {
            // One step in twelve sets the experience stage (allowed in every state; the state does not change).
            return c.SetExperienceStage(at, Stages[step.GapMinutes % Stages.Length]);
        }

        return c.State switch
        {
            CaseState.Open => (step.Choice % 4) switch
            {
                0 => c.Respond(at),
                1 => c.WaitOnCustomer(at),
                2 => c.Escalate(at, "reason " + step.Choice),
                _ => c.Resolve(at),
            },
            CaseState.WaitingOnCustomer => (step.Choice % 3) switch
            {
                0 => c.Resume(at),
                1 => c.Escalate(at, "waiting too long"),
                _ => c.Resolve(at),
            },
            CaseState.Resolved => step.Choice % 3 == 0 ? c.Close(at) : c.Reopen(at),
            _ => c,
        };
    }

    private static readonly ExperienceStage[] Stages = Enum.GetValues<ExperienceStage>().Where(s => s != ExperienceStage.Unknown).ToArray();

    private static Gen<CaseScript> CaseScripts() =>
        from priority in Gen.Elements(Enum.GetValues<CasePriority>())
        from channel in Gen.Elements(Channel.Email, Channel.Phone, Channel.Web, Channel.Chat)
        from n in Gen.OneOf(Gen.Choose(0, 4), Gen.Choose(5, 30))
        from steps in Gen.ArrayOf(
            from choice in Gen.Choose(0, 11)
            from gap in Gen.Elements(GapsInMinutes)
            select new Step(choice, gap), n)
        select new CaseScript(priority, channel, steps);

    public static Arbitrary<CaseScript> Cases() => CaseScripts().ToArbitrary();

    public static Arbitrary<ComplaintScript> Complaints() =>
        (from script in CaseScripts()
         from filedAfter in Gen.Choose(0, 8)
         from chunkCount in Gen.Choose(0, 8)
         from chunks in Gen.ArrayOf(Gen.Choose(0, 6), chunkCount)
         from outcomeCount in Gen.Choose(1, 4)
         from outcomes in Gen.ArrayOf(Gen.Choose(0, 4), outcomeCount)
         from compensationCount in Gen.Choose(1, 3)
         from compensations in Gen.ArrayOf(Gen.Elements(-1m, 0m, 10m, 25.5m), compensationCount)
         select new ComplaintScript(script, filedAfter, chunks, outcomes, compensations)).ToArbitrary();
}
