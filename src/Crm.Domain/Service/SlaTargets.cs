using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Crm.Domain.Guards;
using NodaTime;

namespace Crm.Domain.Service;

/// <summary>The business-time targets of one priority: first response and resolution, counted in a calendar's working time.</summary>
/// <remarks>Equality compares both targets. <c>default</c> (zero targets) is not valid and is refused by
/// <see cref="SlaPolicy"/>. Immutable and thread-safe.</remarks>
[JsonConverter(typeof(SlaTargetsJsonConverter))]
public readonly record struct SlaTargets
{
    private SlaTargets(Duration firstResponse, Duration resolution)
    {
        FirstResponse = firstResponse;
        Resolution = resolution;
    }

    /// <summary>The business time allowed until the first response (&gt; 0).</summary>
    public Duration FirstResponse { get; }

    /// <summary>The business time allowed until resolution (&gt;= <see cref="FirstResponse"/>).</summary>
    public Duration Resolution { get; }

    /// <summary>True for a value created through <see cref="Of"/>.</summary>
    public bool IsValid => FirstResponse > Duration.Zero;

    /// <summary>Creates targets.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A target is not positive, or resolution is shorter than first response.</exception>
    public static SlaTargets Of(Duration firstResponse, Duration resolution)
    {
        Guard.Against.NotPositiveDuration(firstResponse);

        if (resolution < firstResponse)
        {
            throw new ArgumentOutOfRangeException(nameof(resolution), resolution, $"resolution must be >= firstResponse ({firstResponse}); it was {resolution}.");
        }

        return new SlaTargets(firstResponse, resolution);
    }

    /// <inheritdoc />
    public override string ToString() => $"first response {FirstResponse}, resolution {Resolution}";
}
