using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Crm.Samples.ServiceDesk.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Analytics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_ratings",
                columns: table => new
                {
                    CaseId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Desk = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_ratings", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "kpi_days",
                columns: table => new
                {
                    Desk = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Day = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    FirstContactResolution = table.Column<string>(type: "text", nullable: false),
                    TimeToResolution = table.Column<string>(type: "text", nullable: false),
                    SameDayClosure = table.Column<string>(type: "text", nullable: false),
                    Csat = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kpi_days", x => new { x.Desk, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "transactions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CustomerId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Day = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transactions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "value_fits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FittedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    CalibrationEnd = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    HorizonWeeks = table.Column<double>(type: "double precision", nullable: false),
                    Customers = table.Column<int>(type: "integer", nullable: false),
                    Model = table.Column<string>(type: "text", nullable: false),
                    LogLikelihood = table.Column<double>(type: "double precision", nullable: false),
                    Converged = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_value_fits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "value_scores",
                columns: table => new
                {
                    CustomerId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    FittedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Frequency = table.Column<int>(type: "integer", nullable: false),
                    ProbabilityAlive = table.Column<double>(type: "double precision", nullable: false),
                    ExpectedTransactions = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_value_scores", x => x.CustomerId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_transactions_CustomerId",
                table: "transactions",
                column: "CustomerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_ratings");

            migrationBuilder.DropTable(
                name: "kpi_days");

            migrationBuilder.DropTable(
                name: "transactions");

            migrationBuilder.DropTable(
                name: "value_fits");

            migrationBuilder.DropTable(
                name: "value_scores");
        }
    }
}
