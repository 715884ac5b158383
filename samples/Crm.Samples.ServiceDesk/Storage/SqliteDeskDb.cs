using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Crm.Samples.ServiceDesk.Storage;

/// <summary>The desk's database on SQLite: instants are stored as Unix ticks (100 ns), an integer that sorts in time order.</summary>
public sealed class SqliteDeskDb(DbContextOptions<SqliteDeskDb> options) : DeskDb(options)
{
    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<Instant>().HaveConversion<InstantTicksConverter>();
    }
}
