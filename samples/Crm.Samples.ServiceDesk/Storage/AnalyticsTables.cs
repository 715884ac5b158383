using Microsoft.EntityFrameworkCore;

namespace Crm.Samples.ServiceDesk.Storage;

/// <summary>
/// The model of the desk's non-aggregate tables: KPI day rows, case ratings, the transaction table and the
/// customer-value fits and scores. Called from <see cref="DeskDb"/>'s model so both providers' migrations carry them.
/// </summary>
public static class AnalyticsTables
{
    /// <summary>Adds the tables to <paramref name="modelBuilder"/>.</summary>
    public static void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<KpiRow>(e =>
        {
            e.ToTable("kpi_days");
            e.HasKey(x => new { x.Desk, x.Day });
            e.Property(x => x.Desk).HasMaxLength(128);
            e.Property(x => x.Day).HasMaxLength(10);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<RatingRow>(e =>
        {
            e.ToTable("case_ratings");
            e.HasKey(x => x.CaseId);
            e.Property(x => x.CaseId).HasMaxLength(128);
            e.Property(x => x.Desk).HasMaxLength(128);
        });
        modelBuilder.Entity<TransactionRow>(e =>
        {
            e.ToTable("transactions");
            e.HasKey(x => x.Id);
            e.Property(x => x.CustomerId).HasMaxLength(128);
            e.Property(x => x.Day).HasMaxLength(10);
            e.Property(x => x.Amount).HasPrecision(18, 4);
            e.HasIndex(x => x.CustomerId);
        });
        modelBuilder.Entity<ValueFitRow>(e =>
        {
            e.ToTable("value_fits");
            e.HasKey(x => x.Id);
            e.Property(x => x.CalibrationEnd).HasMaxLength(10);
        });
        modelBuilder.Entity<ValueScoreRow>(e =>
        {
            e.ToTable("value_scores");
            e.HasKey(x => x.CustomerId);
            e.Property(x => x.CustomerId).HasMaxLength(128);
        });
    }
}
