using Microsoft.EntityFrameworkCore;

namespace Crm.Samples.ServiceDesk.Storage;

/// <summary>
/// Which database the desk runs on, from configuration: PostgreSQL when <c>ConnectionStrings:Postgres</c> (or the
/// <c>CRM_POSTGRES</c> environment variable) holds a connection string; otherwise a SQLite file, at <c>--db</c>
/// (configuration key <c>db</c>) or <c>servicedesk.db</c> under the content root. Either way the database is created
/// and migrated at start-up.
/// </summary>
/// <param name="PostgresConnectionString">The PostgreSQL connection string; null for SQLite.</param>
/// <param name="SqlitePath">The SQLite file's full path; null for PostgreSQL.</param>
public sealed record DeskDatabase(string? PostgresConnectionString, string? SqlitePath)
{
    /// <summary>True when the desk runs on PostgreSQL.</summary>
    public bool IsPostgres => PostgresConnectionString is not null;

    /// <summary>Reads the choice from configuration.</summary>
    public static DeskDatabase From(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var pg = configuration.GetConnectionString("Postgres");
        if (string.IsNullOrWhiteSpace(pg))
        {
            pg = configuration["CRM_POSTGRES"];
        }

        if (!string.IsNullOrWhiteSpace(pg))
        {
            return new DeskDatabase(pg, null);
        }

        var path = configuration["db"];
        path = Path.GetFullPath(string.IsNullOrWhiteSpace(path) ? Path.Combine(environment.ContentRootPath, "servicedesk.db") : path, environment.ContentRootPath);
        return new DeskDatabase(null, path);
    }

    /// <summary>Registers <see cref="DeskDb"/> (and the provider's subclass) with the interceptors registered as <c>IInterceptor</c> services.</summary>
    public static void Register(IServiceCollection services)
    {
        services.AddSingleton(sp => From(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>()));
        services.AddDbContext<SqliteDeskDb>((sp, o) =>
        {
            var path = sp.GetRequiredService<DeskDatabase>().SqlitePath ?? throw new InvalidOperationException("The desk runs on PostgreSQL.");
            o.UseSqlite($"Data Source={path}").AddInterceptors(new SqliteSecureDelete());
            o.AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
        });
        services.AddDbContext<PostgresDeskDb>((sp, o) =>
        {
            var cs = sp.GetRequiredService<DeskDatabase>().PostgresConnectionString ?? throw new InvalidOperationException("The desk runs on SQLite.");
            o.UseNpgsql(cs, n => n.UseNodaTime());
            o.AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
        });
        services.AddScoped<DeskDb>(sp => sp.GetRequiredService<DeskDatabase>().IsPostgres
            ? sp.GetRequiredService<PostgresDeskDb>()
            : sp.GetRequiredService<SqliteDeskDb>());
        services.AddScoped<AggregateStore>();
    }

    /// <summary>Creates the database if needed and applies the provider's migrations.</summary>
    public static async Task MigrateAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var settings = scope.ServiceProvider.GetRequiredService<DeskDatabase>();
        if (settings.SqlitePath is { } path && Path.GetDirectoryName(path) is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
        }

        await scope.ServiceProvider.GetRequiredService<DeskDb>().Database.MigrateAsync().ConfigureAwait(false);
    }
}
