using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowEngine.Approvals.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Catalog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "approval_assistance_items",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RequestingDepartmentCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AssistingDepartmentCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    TimeLimit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approval_assistance_items", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "approval_departments",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    IsServiceCentre = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approval_departments", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "approval_matters",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DepartmentCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StatutoryLimit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CommittedLimit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CaseType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Materials = table.Column<string>(type: "text", nullable: false),
                    InstantApprovalRule = table.Column<string>(type: "text", nullable: true),
                    PausesForAssistance = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approval_matters", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "approval_packages",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Mode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Members = table.Column<string>(type: "text", nullable: false),
                    FormSchema = table.Column<string>(type: "text", nullable: false),
                    MaterialRules = table.Column<string>(type: "text", nullable: false),
                    CommittedLimit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    WorkflowDefinitionId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approval_packages", x => x.Code);
                });

            migrationBuilder.CreateIndex(
                name: "IX_approval_assistance_items_RequestingDepartmentCode",
                table: "approval_assistance_items",
                column: "RequestingDepartmentCode");

            migrationBuilder.CreateIndex(
                name: "IX_approval_matters_DepartmentCode",
                table: "approval_matters",
                column: "DepartmentCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "approval_assistance_items");

            migrationBuilder.DropTable(
                name: "approval_departments");

            migrationBuilder.DropTable(
                name: "approval_matters");

            migrationBuilder.DropTable(
                name: "approval_packages");
        }
    }
}
