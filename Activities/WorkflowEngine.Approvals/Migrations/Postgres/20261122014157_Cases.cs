using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowEngine.Approvals.Migrations.Postgres
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
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PackageCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    MatterCodes = table.Column<string>(type: "text", nullable: false),
                    ApplicantName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    ApplicantIdType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ApplicantIdNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ApplicantPhone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ApplicantOrganization = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Form = table.Column<string>(type: "text", nullable: false),
                    Materials = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    InstanceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ClockId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Documents = table.Column<string>(type: "text", nullable: false),
                    Rating = table.Column<int>(type: "integer", nullable: true),
                    RatingComment = table.Column<string>(type: "text", nullable: true),
                    ReceivedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
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
