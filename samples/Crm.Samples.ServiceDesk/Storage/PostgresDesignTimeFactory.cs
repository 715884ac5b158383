using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Crm.Samples.ServiceDesk.Storage;

/// <summary>Lets <c>dotnet ef migrations add X --context PostgresDeskDb</c> build the context (it does not connect).</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDeskDb>
{
    /// <inheritdoc />
    public PostgresDeskDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDeskDb>().UseNpgsql("Host=localhost;Database=desk_design", o => o.UseNodaTime()).Options);
}
