using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Customers;

/// <summary>The shipped <see cref="IJurisdictionRules"/> and an adapter for a host's own.</summary>
/// <remarks>Immutable and thread-safe (an adapter is as thread-safe as its delegate).</remarks>
public static class JurisdictionRules
{
    /// <summary>The longest rule-set name accepted.</summary>
    public const int MaxNameLength = 64;

    /// <summary>
    /// GDPR / UK GDPR (Art. 6(1)) with the ePrivacy rules on electronic marketing (EU Directive 2002/58/EC Art. 13;
    /// UK PECR regs. 20–22), the default:
    /// <list type="bullet">
    /// <item>consent supports any purpose on any channel;</item>
    /// <item><see cref="ConsentPurpose.Marketing"/>: otherwise only a legitimate interest, and on electronic channels
    /// (e-mail, SMS, app, chat, social media) only for an existing customer — the soft opt-in (PECR reg. 22(3),
    /// Directive Art. 13(2)); never by fax (consent only, PECR reg. 20); post, live calls, in person and the web site
    /// may rest on legitimate interest for prospects too. A contract, a legal obligation, vital interests or a public
    /// task never support direct marketing;</item>
    /// <item><see cref="ConsentPurpose.Profiling"/>: consent, contract or legitimate interest;</item>
    /// <item>any other purpose: any basis.</item>
    /// </list>
    /// </summary>
    public static IJurisdictionRules Gdpr { get; } = new DelegateRules("GDPR/UK GDPR", AcceptsUnderGdpr);

    /// <summary>The rule set used where none is given: <see cref="Gdpr"/>.</summary>
    public static IJurisdictionRules Default => Gdpr;

    /// <summary>A host's rule set from a pure function.</summary>
    /// <exception cref="ArgumentException">A blank or over-long name.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="accepts"/> is null.</exception>
    public static IJurisdictionRules From(string name, Func<LawfulBasisQuestion, bool> accepts)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.TooLong(name, MaxNameLength);
        return new DelegateRules(name, Guard.Against.Null(accepts));
    }

    private static bool AcceptsUnderGdpr(LawfulBasisQuestion q)
    {
        if (q.Basis == LawfulBasis.Consent)
        {
            return true;
        }

        if (q.Purpose == ConsentPurpose.Marketing)
        {
            return q.Basis == LawfulBasis.LegitimateInterest && q.Channel switch
            {
                Channel.Email or Channel.Sms or Channel.MobileApp or Channel.Chat or Channel.SocialMedia => q.IsExistingCustomer,
                Channel.Phone or Channel.Mail or Channel.InPerson or Channel.Web => true,
                _ => false,
            };
        }

        return q.Purpose != ConsentPurpose.Profiling || q.Basis is LawfulBasis.Contract or LawfulBasis.LegitimateInterest;
    }

    private sealed class DelegateRules(string name, Func<LawfulBasisQuestion, bool> accepts) : IJurisdictionRules
    {
        [NotPersonal("a rule set's name (e.g. GDPR)")]
        public string Name => name;

        public bool Accepts(LawfulBasisQuestion question) => accepts(question);

        public override string ToString() => $"Jurisdiction rules {name}";
    }
}
