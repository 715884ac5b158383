using Crm.Domain.Customers;
using Crm.Domain.Tests.Serialization;
using NodaTime;

namespace Crm.Domain.Tests.Customers;

public class ConsentLedgerTests
{
    private static readonly Instant T = CustomerFixtures.T0;

    [Fact]
    public void StatusOf_NoRecord_IsNotAsked() =>
        Assert.Equal(ConsentStatus.NotAsked, ConsentLedger.Empty.StatusOf(Channel.Email, ConsentPurpose.Marketing, T));

    [Fact]
    public void StatusOf_LatestRecordAtOrBeforeAsOf_Wins()
    {
        var ledger = ConsentLedger.Empty
            .Add(ConsentRecord.Withdraw(Channel.Email, ConsentPurpose.Marketing, T + Duration.FromDays(10), "unsubscribe-link"))
            .Add(ConsentRecord.Grant(Channel.Email, ConsentPurpose.Marketing, T, "web", ConsentProof.DoubleOptIn, "tok-1"));
        Assert.Equal(ConsentStatus.NotAsked, ledger.StatusOf(Channel.Email, ConsentPurpose.Marketing, T - Duration.FromSeconds(1)));
        Assert.Equal(ConsentStatus.Granted, ledger.StatusOf(Channel.Email, ConsentPurpose.Marketing, T + Duration.FromDays(9)));
        Assert.Equal(ConsentStatus.Withdrawn, ledger.StatusOf(Channel.Email, ConsentPurpose.Marketing, T + Duration.FromDays(10)));
        Assert.Equal(ConsentStatus.NotAsked, ledger.StatusOf(Channel.Sms, ConsentPurpose.Marketing, T + Duration.FromDays(9)));
        Assert.Equal(ConsentStatus.NotAsked, ledger.StatusOf(Channel.Email, ConsentPurpose.Service, T + Duration.FromDays(9)));
        Assert.Equal(2, ledger.Records.Length);
    }

    [Fact]
    public void StatusOf_GrantAndWithdrawalAtSameInstant_WithdrawalWins()
    {
        var ledger = ConsentLedger.Of([
            ConsentRecord.Withdraw(Channel.Sms, ConsentPurpose.Marketing, T, "call-centre"),
            ConsentRecord.Grant(Channel.Sms, ConsentPurpose.Marketing, T, "web", ConsentProof.SingleOptIn)]);
        Assert.Equal(ConsentStatus.Withdrawn, ledger.StatusOf(Channel.Sms, ConsentPurpose.Marketing, T));
    }

    [Fact]
    public void Record_BadInput_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConsentRecord.Grant(Channel.Unknown, ConsentPurpose.Marketing, T, "web", ConsentProof.None));
        Assert.Throws<ArgumentException>(() => ConsentRecord.Grant(Channel.Email, default, T, "web", ConsentProof.None));
        Assert.Throws<ArgumentException>(() => ConsentRecord.Grant(Channel.Email, ConsentPurpose.Marketing, T, " ", ConsentProof.None));
        Assert.Throws<ArgumentException>(() => ConsentPurpose.Of("Marketing Emails!"));
    }

    [Fact]
    public void Anonymised_KeepsCountableFacts_DropsSourceAndProofReference()
    {
        var r = ConsentRecord.Grant(Channel.Email, ConsentPurpose.Marketing, T, "web form from 192.0.2.7", ConsentProof.DoubleOptIn, "tok-ada");
        var a = r.Anonymised();
        Assert.Equal((r.Channel, r.Purpose, r.Status, r.At, r.Proof), (a.Channel, a.Purpose, a.Status, a.At, a.Proof));
        Assert.Equal(ConsentRecord.ErasedText, a.CaptureSource);
        Assert.Null(a.ProofReference);
    }

    [Fact]
    public void Json_RoundTrips_Ledger()
    {
        var ledger = ConsentLedger.Of([ConsentRecord.Grant(Channel.Email, ConsentPurpose.Marketing, T, "web", ConsentProof.DoubleOptIn, "tok-1")]);
        var copy = JsonAssert.RoundTrip(ledger);
        Assert.Equal(ledger.Records.ToArray(), copy.Records.ToArray());
    }
}
