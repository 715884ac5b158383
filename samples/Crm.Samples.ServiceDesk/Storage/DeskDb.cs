using Microsoft.EntityFrameworkCore;

namespace Crm.Samples.ServiceDesk.Storage;

/// <summary>
/// The desk's database: event rows, stream rows (snapshot + version) and refused-access audit rows. One model, two
/// providers: <see cref="SqliteDeskDb"/> and <see cref="PostgresDeskDb"/> each carry their own migrations
/// (<c>Migrations/Sqlite</c>, <c>Migrations/Postgres</c>); the app registers the one it runs on as <see cref="DeskDb"/>.
/// </summary>
public abstract class DeskDb : DbContext
{
    /// <summary>For the provider subclasses.</summary>
    protected DeskDb(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Every event of every aggregate.</summary>
    public DbSet<EventRow> Events => Set<EventRow>();

    /// <summary>One row per aggregate: version and snapshot.</summary>
    public DbSet<StreamRow> Streams => Set<StreamRow>();

    /// <summary>Refused customer commands and reads.</summary>
    public DbSet<AuditRow> Audit => Set<AuditRow>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<EventRow>(e =>
        {
            e.ToTable("events");
            e.HasKey(x => new { x.Kind, x.AggregateId, x.Version });
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.AggregateId).HasMaxLength(128);
            e.Property(x => x.Type).HasMaxLength(64);
            e.HasIndex(x => new { x.Kind, x.At });
        });
        modelBuilder.Entity<StreamRow>(e =>
        {
            e.ToTable("streams");
            e.HasKey(x => new { x.Kind, x.AggregateId });
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.AggregateId).HasMaxLength(128);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<AuditRow>(e =>
        {
            e.ToTable("audit");
            e.HasKey(x => x.Id);
            e.Property(x => x.CustomerId).HasMaxLength(128);
            e.Property(x => x.UserId).HasMaxLength(128);
            e.Property(x => x.Role).HasMaxLength(64);
            e.Property(x => x.FieldGroup).HasMaxLength(32);
            e.Property(x => x.Action).HasMaxLength(32);
            e.Property(x => x.Field).HasMaxLength(128);
            e.Property(x => x.Outcome).HasMaxLength(16);
            e.HasIndex(x => x.CustomerId);
        });
        AnalyticsTables.Configure(modelBuilder);
    }
}
