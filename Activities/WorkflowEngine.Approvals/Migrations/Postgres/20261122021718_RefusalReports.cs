using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowEngine.Approvals.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RefusalReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "approval_refusal_reports",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    MatterCodes = table.Column<string>(type: "text", nullable: false),
                    ApplicantName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    ApplicantPhone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Reason = table.Column<string>(type: "text", nullable: false),
                    LegalBasis = table.Column<string>(type: "text", nullable: false),
                    RefusedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RefusedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Finding = table.Column<string>(type: "text", nullable: true),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approval_refusal_reports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_approval_refusal_reports_ReviewedAt_RefusedAt",
                table: "approval_refusal_reports",
                columns: new[] { "ReviewedAt", "RefusedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "approval_refusal_reports");
        }
    }
}
