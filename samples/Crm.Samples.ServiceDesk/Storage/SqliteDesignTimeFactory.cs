using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Crm.Samples.ServiceDesk.Storage;

/// <summary>Lets <c>dotnet ef migrations add X --context SqliteDeskDb</c> build the context without starting the app.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDeskDb>
{
    /// <inheritdoc />
    public SqliteDeskDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDeskDb>().UseSqlite("Data Source=design-time.db").Options);
}
