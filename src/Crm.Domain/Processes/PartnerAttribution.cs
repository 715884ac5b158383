using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using Crm.Domain.Primitives;

namespace Crm.Domain.Processes;

/// <summary>The partner-attribution rules that leads and opportunities share (issue 16 item 5): the checks of an
/// attribution event and the reading of the current one from a history.</summary>
internal static class PartnerAttribution
{
    /// <summary>The longest partner id accepted.</summary>
    public const int MaxPartnerIdLength = 128;

    /// <summary><paramref name="e"/>, after checking its partner id (not blank, not too long) and kind (defined, not Unknown).</summary>
    public static TEvent Checked<TEvent>(TEvent e, string partnerId, PartnerKind kind)
    {
        Guard.Against.NullOrWhiteSpace(partnerId, nameof(partnerId));
        Guard.Against.TooLong(partnerId, MaxPartnerIdLength, nameof(partnerId));
        Guard.Against.UndefinedEnum(kind, parameterName: nameof(kind));
        return e;
    }

    /// <summary>The last event of type <typeparamref name="TAttributed"/> in <paramref name="log"/>; null when none.</summary>
    public static TAttributed? Last<TEvent, TAttributed>(EventLog<TEvent> log)
        where TAttributed : class, TEvent
    {
        var events = log.AsSpan();
        for (var i = events.Length - 1; i > 0; i--)
        {
            if (events[i] is TAttributed attributed)
            {
                return attributed;
            }
        }

        return null;
    }
}
