using Crm.Domain.Primitives;

namespace Crm.Domain.Customers;

/// <summary>
/// A jurisdiction's rule set for lawful bases: which basis may support which purpose on which channel (for
/// instance, that electronic marketing needs consent, or legitimate interest with the soft opt-in for existing
/// customers). The contact policy, and through it audiences and offers, consults it for every grant a customer holds.
/// </summary>
/// <remarks>
/// <para><see cref="JurisdictionRules.Gdpr"/> (GDPR / UK GDPR with the ePrivacy rules on electronic marketing) is the
/// default; a host plugs in its own by implementing this interface (or through <see cref="JurisdictionRules.From"/>).
/// Consent withdrawn or lapsed, a restriction and an objection are refused before the rules are asked: no rule set
/// can allow them.</para>
/// <para>Implementations must be pure (same answer for the same question) and thread-safe.</para>
/// </remarks>
public interface IJurisdictionRules
{
    /// <summary>A short name for reports (such as <c>GDPR/UK GDPR</c>).</summary>
    [NotPersonal("a rule set's name (e.g. GDPR)")]
    string Name { get; }

    /// <summary>True when <paramref name="question"/>'s basis lawfully supports its purpose on its channel.</summary>
    bool Accepts(LawfulBasisQuestion question);
}
