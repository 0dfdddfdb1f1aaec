using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowEngine.Approvals.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Cases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "approval_cases",
                columns: table => new
                {
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PackageCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    MatterCodes = table.Column<string>(type: "TEXT", nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ApplicantIdType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ApplicantIdNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ApplicantPhone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ApplicantOrganization = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Form = table.Column<string>(type: "TEXT", nullable: false),
                    Materials = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    InstanceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ClockId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Documents = table.Column<string>(type: "TEXT", nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    RatingComment = table.Column<string>(type: "TEXT", nullable: true),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Revision = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approval_cases", x => x.Number);
                });

            migrationBuilder.CreateIndex(
                name: "IX_approval_cases_ApplicantIdNumber",
                table: "approval_cases",
                column: "ApplicantIdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_approval_cases_ApplicantName",
                table: "approval_cases",
                column: "ApplicantName");

            migrationBuilder.CreateIndex(
                name: "IX_approval_cases_InstanceId",
                table: "approval_cases",
                column: "InstanceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_approval_cases_Status_ReceivedAt",
                table: "approval_cases",
                columns: new[] { "Status", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "approval_cases");
        }
    }
}
