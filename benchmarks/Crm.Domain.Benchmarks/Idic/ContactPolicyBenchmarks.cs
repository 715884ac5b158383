using BenchmarkDotNet.Attributes;
using Crm.Domain.Benchmarks.Idic.Baselines;
using Crm.Domain.Customers;
using Crm.Domain.Idic.Interact;
using Crm.Domain.Primitives;
using NodaTime;

namespace Crm.Domain.Benchmarks.Idic;

/// <summary>
/// Contact-policy decisions per second: 1,000 customers (three time zones, consent on some channels, a few outbound
/// contacts each), 100,000 questions (customer, channel, instant). The compiled <see cref="ContactProfile"/> path
/// against the naive LINQ-over-the-aggregate baseline. Results are per decision (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class ContactPolicyBenchmarks
{
    private const int Questions = 100_000;
    private static readonly Duration Window = Duration.FromDays(7);
    private static readonly LocalTime QuietStart = new(21, 0);
    private static readonly LocalTime QuietEnd = new(8, 0);

    private readonly ContactPolicy _policy = ContactPolicy.Create(ConsentPurpose.Marketing, [FrequencyCap.Create(2, Window)], QuietHours.Create(QuietStart, QuietEnd));
    private Customer[] _customers = [];
    private ContactProfile[] _profiles = [];
    private int[] _who = [];
    private Channel[] _channels = [];
    private Instant[] _when = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var admin = Actor.Of("bench", "system");
        var t0 = Instant.FromUtc(2026, 1, 1, 0, 0);
        string[] zones = ["Europe/London", "Europe/Paris", "America/New_York"];
        _customers = new Customer[1_000];
        for (var i = 0; i < _customers.Length; i++)
        {
            var c = Customer.Register(CustomerId.Of($"C{i}"), PersonName.Create("A", "B"), admin, t0, DataAccessPolicy.Standard, "crm", DateTimeZoneProviders.Tzdb[zones[i % 3]]);
            c = c.AddContactPoint(admin, ContactPoint.ForEmail(EmailAddress.Parse($"c{i}@mail.example"), VerificationState.Verified, t0), t0).ThrowIfDenied();
            c = c.AddContactPoint(admin, ContactPoint.ForPhone(PhoneNumber.Parse($"+447700{i:000000}"), VerificationState.Verified, t0), t0).ThrowIfDenied();
            foreach (var channel in new[] { Channel.Email, Channel.Sms, Channel.Phone })
            {
                if (random.NextDouble() < 0.7)
                {
                    c = c.RecordConsent(admin, ConsentRecord.Grant(channel, ConsentPurpose.Marketing, t0, "web", ConsentProof.DoubleOptIn)).ThrowIfDenied();
                }
            }

            for (var k = 0; k < 6; k++)
            {
                var at = t0 + Duration.FromHours(random.Next(24 * 60));
                c = c.RecordInteraction(admin, Interaction.Create($"m{k}", at, InteractionKind.Offer, Channel.Email, InteractionDirection.Outbound)).ThrowIfDenied();
            }

            _customers[i] = c;
        }

        _profiles = [.. _customers.Select(c => _policy.ProfileOf(c, t0 + Duration.FromDays(90)))];
        _who = [.. Enumerable.Range(0, Questions).Select(_ => random.Next(_customers.Length))];
        _channels = [.. Enumerable.Range(0, Questions).Select(_ => random.Next(3) switch { 0 => Channel.Email, 1 => Channel.Sms, _ => Channel.Phone })];
        _when = [.. Enumerable.Range(0, Questions).Select(_ => t0 + Duration.FromMinutes(random.Next(60 * 24 * 60)))];
        if (Naive_LinqOverAggregate() != Decide_CompiledProfile())
        {
            throw new InvalidOperationException("The baseline and the policy disagree; the comparison would be meaningless.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Questions)]
    public int Naive_LinqOverAggregate()
    {
        var allowed = 0;
        for (var q = 0; q < Questions; q++)
        {
            allowed += NaiveContactPolicy.MayContact(_customers[_who[q]], _channels[q], _when[q], ConsentPurpose.Marketing, 2, Window, QuietStart, QuietEnd) ? 1 : 0;
        }

        return allowed;
    }

    [Benchmark(OperationsPerInvoke = Questions)]
    public int Decide_CompiledProfile()
    {
        var allowed = 0;
        for (var q = 0; q < Questions; q++)
        {
            allowed += _policy.Decide(_profiles[_who[q]], _channels[q], _when[q]).IsAllowed ? 1 : 0;
        }

        return allowed;
    }
}
