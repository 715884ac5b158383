using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Crm.Samples.ServiceDesk.Storage;

/// <summary>An <see cref="Instant"/> as Unix ticks (100 ns since 1970-01-01T00:00Z): exact for every instant the desk writes, and ordered.</summary>
public sealed class InstantTicksConverter()
    : ValueConverter<Instant, long>(i => i.ToUnixTimeTicks(), t => Instant.FromUnixTimeTicks(t));
