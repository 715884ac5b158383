using Microsoft.EntityFrameworkCore;

namespace Crm.Samples.ServiceDesk.Storage;

/// <summary>The desk's database on PostgreSQL: instants are <c>timestamp with time zone</c> through Npgsql's NodaTime plugin.</summary>
public sealed class PostgresDeskDb(DbContextOptions<PostgresDeskDb> options) : DeskDb(options);
