using Crm.Domain.Customers;

namespace Crm.Samples.ServiceDesk.Marketing;

/// <summary>Selects a campaign's audience from the stored customers.</summary>
/// <param name="Name">The audience's name.</param>
/// <param name="Channel">The channel the campaign contacts on (consent and contact points are checked for it).</param>
/// <param name="ControlShare">The hold-out share, in (0, 1).</param>
/// <param name="Seed">The control-group hash seed (the same seed and customers give the same hold-out).</param>
/// <param name="Purpose">The consent purpose; null: <c>marketing</c>.</param>
/// <param name="Segments">Only customers from these sources; null or empty: every source.</param>
/// <param name="MinRfmTotal">Only customers whose RFM total (3–15) reaches this; null: no RFM criterion.</param>
/// <param name="Suppressed">Customer ids never to contact (a do-not-contact list); null: none.</param>
public sealed record SelectAudience(
    string Name, Channel Channel, double ControlShare, ulong Seed, string? Purpose = null,
    IReadOnlyList<string>? Segments = null, int? MinRfmTotal = null, IReadOnlyList<string>? Suppressed = null);
