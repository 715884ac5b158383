using Crm.Domain.Acquisition;
using Crm.Domain.Primitives;
using Crm.Domain.Serialization;
using Crm.Domain.Tests.Processes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Domain.Tests.Acquisition;

/// <summary>The relationship phases as a process beside the funnel (issue 16 item 5): enquiry → interaction →
/// exchange → co-ordination → adaptation, fed by the ten inputs (first phase) and the four attitudes (the exchange
/// gate), and the storage laws every aggregate keeps.</summary>
[ProcessLawsFor(typeof(Relationship))]
public class RelationshipProcessTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 5, 4, 9, 0);

    private static Instant Day(int d) => T0 + Duration.FromDays(d);

    /// <summary>A referral by a knower, walked to the end: every phase once, then assessed again and ended.</summary>
    public static Relationship Sample() =>
        Relationship.Start("R-1", LeadSource.Referral, T0, ProspectAttitude.Knower)
            .Advance(Day(3)).Advance(Day(10)).WithAttitude(ProspectAttitude.Preferer, Day(11)).Advance(Day(40)).Advance(Day(120)).End(Day(400));

    [Fact]
    public void Sample_WalksTheFivePhasesInOrder()
    {
        var r = Sample();
        Assert.Equal(7, r.Version);
        Assert.Equal(RelationshipPhase.Adaptation, r.Phase);
        Assert.True(r.IsEstablished);
        Assert.True(r.IsEnded);
        Assert.Equal(Day(120), r.PhaseEnteredAt);
        Assert.Equal(T0, r.StartedAt);
        Assert.Equal(ProspectAttitude.Preferer, r.Attitude);
        Assert.Equal(
            [RelationshipPhase.Interaction, RelationshipPhase.Exchange, RelationshipPhase.Coordination, RelationshipPhase.Adaptation],
            r.History.OfType<RelationshipPhaseChanged>().Select(e => e.To));
    }

    [Theory] // The library's choice (documented on Relationship): customers who already know the firm re-open at Interaction.
    [InlineData(LeadSource.Suspect, RelationshipPhase.Enquiry)]
    [InlineData(LeadSource.Enquiry, RelationshipPhase.Enquiry)]
    [InlineData(LeadSource.LapsedCustomer, RelationshipPhase.Interaction)]
    [InlineData(LeadSource.FormerCustomer, RelationshipPhase.Interaction)]
    [InlineData(LeadSource.CompetitorCustomer, RelationshipPhase.Enquiry)]
    [InlineData(LeadSource.CompetitorLapsedCustomer, RelationshipPhase.Enquiry)]
    [InlineData(LeadSource.CompetitorEnquiry, RelationshipPhase.Enquiry)]
    [InlineData(LeadSource.CompetitorFormerCustomer, RelationshipPhase.Enquiry)]
    [InlineData(LeadSource.Referral, RelationshipPhase.Enquiry)]
    [InlineData(LeadSource.ExistingCustomer, RelationshipPhase.Interaction)]
    public void TheTenInputs_SetTheFirstPhase(LeadSource source, RelationshipPhase first)
    {
        Assert.Equal(first, Relationship.StartPhaseFor(source));
        var r = Relationship.Start("R-2", source, T0);
        Assert.Equal(first, r.Phase);
        Assert.Equal(T0, r.PhaseEnteredAt);
    }

    [Fact]
    public void AnUnknownSource_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Relationship.Start("R-3", LeadSource.Unknown, T0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Relationship.Start("R-3", (LeadSource)99, T0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Relationship.Start("R-3", LeadSource.Referral, T0, (ProspectAttitude)9));
        Assert.ThrowsAny<ArgumentException>(() => Relationship.Start(" ", LeadSource.Referral, T0));
    }

    [Fact]
    public void ARejecter_CannotReachTheExchange_UntilAssessedAgain()
    {
        var r = Relationship.Start("R-4", LeadSource.CompetitorCustomer, T0, ProspectAttitude.Rejecter).Advance(Day(1));
        Assert.Contains("Rejecter", r.NextMove, StringComparison.Ordinal);
        var ex = Assert.Throws<IllegalTransitionException>(() => r.Advance(Day(2)));
        Assert.Equal("Interaction", ex.From);
        Assert.Equal("Exchange", ex.To);
        Assert.Contains("Rejecter", ex.Message, StringComparison.Ordinal);

        var indifferent = r.WithAttitude(ProspectAttitude.Indifferent, Day(5));
        Assert.Equal(RelationshipPhase.Exchange, indifferent.Advance(Day(6)).Phase);

        // The other three attitudes (and not assessed) never block.
        foreach (var attitude in new[] { ProspectAttitude.Unknown, ProspectAttitude.Knower, ProspectAttitude.Preferer, ProspectAttitude.Indifferent })
        {
            Assert.Equal(RelationshipPhase.Exchange, Relationship.Start("R-5", LeadSource.Enquiry, T0, attitude).Advance(Day(1)).Advance(Day(2)).Phase);
        }

        // Turning rejecter after the exchange stops the later moves too.
        var exchanged = indifferent.Advance(Day(6)).WithAttitude(ProspectAttitude.Rejecter, Day(7));
        Assert.Equal("Exchange", Assert.Throws<IllegalTransitionException>(() => exchanged.Advance(Day(8))).From);
    }

    [Fact]
    public void IllegalMoves_ThrowNamingTheState_AndChangeNothing()
    {
        var r = Relationship.Start("R-6", LeadSource.Suspect, T0);
        var skip = Assert.Throws<IllegalTransitionException>(() => r.MoveTo(RelationshipPhase.Exchange, Day(1)));
        Assert.Equal("Enquiry", skip.From);
        Assert.Equal("Exchange", skip.To);
        Assert.Throws<IllegalTransitionException>(() => r.MoveTo(RelationshipPhase.Enquiry, Day(1)));
        Assert.Throws<IllegalTransitionException>(() => r.MoveTo(RelationshipPhase.Unknown, Day(1)));
        Assert.Throws<IllegalTransitionException>(() => r.MoveTo((RelationshipPhase)42, Day(1)));
        var back = r.Advance(Day(1)).Advance(Day(2));
        Assert.Equal("Exchange", Assert.Throws<IllegalTransitionException>(() => back.MoveTo(RelationshipPhase.Interaction, Day(3))).From);

        var established = back.Advance(Day(3)).Advance(Day(4));
        Assert.Equal("Adaptation", Assert.Throws<IllegalTransitionException>(() => established.Advance(Day(5))).From);

        var ended = back.End(Day(5));
        var afterEnd = Assert.Throws<IllegalTransitionException>(() => ended.Advance(Day(6)));
        Assert.Equal("Exchange (ended)", afterEnd.From);
        Assert.Throws<IllegalTransitionException>(() => ended.End(Day(6)));
        Assert.Throws<IllegalTransitionException>(() => ended.WithAttitude(ProspectAttitude.Knower, Day(6)));
        Assert.Throws<ArgumentOutOfRangeException>(() => back.Advance(T0));
        Assert.Equal(3, back.Version);
        Assert.Equal(RelationshipPhase.Exchange, back.Phase);
    }

    [Fact]
    public void NextMove_SaysWhatMovesEachPhase()
    {
        var r = Relationship.Start("R-7", LeadSource.Enquiry, T0);
        Assert.StartsWith("Enquiry → Interaction: the two sides enter a dialogue", r.NextMove, StringComparison.Ordinal);
        r = r.Advance(Day(1));
        Assert.Equal("Interaction → Exchange: the first exchange of value, a purchase.", r.NextMove);
        r = r.Advance(Day(2));
        Assert.StartsWith("Exchange → Co-ordination", r.NextMove, StringComparison.Ordinal);
        r = r.Advance(Day(3));
        Assert.StartsWith("Co-ordination → Adaptation", r.NextMove, StringComparison.Ordinal);
        r = r.Advance(Day(4));
        Assert.StartsWith("Adaptation is the last phase", r.NextMove, StringComparison.Ordinal);
        Assert.StartsWith("The relationship has ended", r.End(Day(5)).NextMove, StringComparison.Ordinal);
    }

    [Fact]
    public void NextPhase_IsTheSeedOrder()
    {
        Assert.Equal(RelationshipPhase.Interaction, Relationship.NextPhase(RelationshipPhase.Enquiry));
        Assert.Equal(RelationshipPhase.Exchange, Relationship.NextPhase(RelationshipPhase.Interaction));
        Assert.Equal(RelationshipPhase.Coordination, Relationship.NextPhase(RelationshipPhase.Exchange));
        Assert.Equal(RelationshipPhase.Adaptation, Relationship.NextPhase(RelationshipPhase.Coordination));
        Assert.Null(Relationship.NextPhase(RelationshipPhase.Adaptation));
        Assert.Null(Relationship.NextPhase(RelationshipPhase.Unknown));
        Assert.Null(Relationship.NextPhase((RelationshipPhase)17));
    }

    [Fact]
    public void Json_WritesTheEventDiscriminators_AndRefusesATamperedSnapshot()
    {
        var json = CrmJson.Serialize(Sample().ToSnapshot());
        Assert.Contains("\"type\":\"relationship.started.v1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"relationship.phaseChanged.v1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"relationship.attitudeChanged.v1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"relationship.ended.v1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"phase\":\"Adaptation\"", json, StringComparison.Ordinal);

        var tampered = CrmJson.Deserialize<RelationshipSnapshot>(json.Replace("\"phase\":\"Adaptation\"", "\"phase\":\"Exchange\"", StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => Relationship.FromSnapshot(tampered));

        // A history that skips a phase could not have happened.
        var skipping = new RelationshipEvent[]
        {
            new RelationshipStarted(T0, "R-8", LeadSource.Enquiry, ProspectAttitude.Unknown, RelationshipPhase.Enquiry),
            new RelationshipPhaseChanged(RelationshipPhase.Enquiry, RelationshipPhase.Exchange, Day(1)),
        };
        Assert.Throws<ArgumentException>(() => Relationship.FromHistory(skipping));

        // A start in a phase its source does not start in could not have happened either.
        Assert.Throws<ArgumentException>(() => Relationship.FromHistory(
            [new RelationshipStarted(T0, "R-9", LeadSource.Enquiry, ProspectAttitude.Unknown, RelationshipPhase.Exchange)]));
    }

    [Property(MaxTest = 200)]
    public Property RandomCommandSequences_KeepTheProcessLaws() =>
        Prop.ForAll(Scripts(), script =>
            ProcessLaws.Hold<Relationship, RelationshipEvent, RelationshipSnapshot>(Run(script),
                Relationship.FromHistory, r => r.ToSnapshot(), Relationship.FromSnapshot));

    [Property(MaxTest = 200)]
    public Property Phases_NeverGoBack_AndMoveOneAtATime() =>
        Prop.ForAll(Scripts(), script =>
        {
            var moves = Run(script).History.OfType<RelationshipPhaseChanged>().ToList();
            return moves.All(m => m.To == m.From + 1);
        });

    private static Arbitrary<(int Source, int Attitude, (int Op, int Hours)[] Steps)> Scripts() =>
        (from source in Gen.Choose(1, 10)
         from attitude in Gen.Choose(0, 4)
         from steps in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, 5), Gen.Choose(0, 24 * 30)))
         select (source, attitude, steps.Select(s => (s.Item1, s.Item2)).ToArray())).ToArbitrary();

    /// <summary>Runs random commands, skipping the ones the relationship refuses (a random valid history).</summary>
    private static Relationship Run((int Source, int Attitude, (int Op, int Hours)[] Steps) script)
    {
        var r = Relationship.Start("R-P", (LeadSource)script.Source, T0, (ProspectAttitude)script.Attitude);
        var at = T0;
        foreach (var (op, hours) in script.Steps)
        {
            at += Duration.FromHours(hours);
            try
            {
                r = op switch
                {
                    0 or 1 or 2 => r.Advance(at),
                    3 => r.WithAttitude((ProspectAttitude)(hours % 5), at),
                    4 => r.MoveTo((RelationshipPhase)(hours % 6), at),
                    _ => hours % 7 == 0 ? r.End(at) : r,
                };
            }
            catch (IllegalTransitionException)
            {
                // Refused: the relationship is unchanged, as the law requires.
            }
        }

        return r;
    }
}
