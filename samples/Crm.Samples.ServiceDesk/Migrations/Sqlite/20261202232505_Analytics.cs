using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Samples.ServiceDesk.Migrations.Sqlite
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
                    CaseId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Desk = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_ratings", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "kpi_days",
                columns: table => new
                {
                    Desk = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Day = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstContactResolution = table.Column<string>(type: "TEXT", nullable: false),
                    TimeToResolution = table.Column<string>(type: "TEXT", nullable: false),
                    SameDayClosure = table.Column<string>(type: "TEXT", nullable: false),
                    Csat = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kpi_days", x => new { x.Desk, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "transactions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CustomerId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Day = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transactions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "value_fits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CalibrationEnd = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    HorizonWeeks = table.Column<double>(type: "REAL", nullable: false),
                    Customers = table.Column<int>(type: "INTEGER", nullable: false),
                    Model = table.Column<string>(type: "TEXT", nullable: false),
                    LogLikelihood = table.Column<double>(type: "REAL", nullable: false),
                    Converged = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_value_fits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "value_scores",
                columns: table => new
                {
                    CustomerId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    FittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Frequency = table.Column<int>(type: "INTEGER", nullable: false),
                    ProbabilityAlive = table.Column<double>(type: "REAL", nullable: false),
                    ExpectedTransactions = table.Column<double>(type: "REAL", nullable: false)
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
