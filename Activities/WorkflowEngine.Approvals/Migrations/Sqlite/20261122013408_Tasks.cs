using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowEngine.Approvals.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Tasks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "approval_tasks",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    InstanceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BookmarkId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NodeId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AssignedTo = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ClaimedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", nullable: true),
                    AllowedOutcomes = table.Column<string>(type: "TEXT", nullable: false),
                    ExcludedUsers = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Revision = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approval_tasks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_approval_tasks_CaseNumber",
                table: "approval_tasks",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_approval_tasks_ClaimedBy_Status",
                table: "approval_tasks",
                columns: new[] { "ClaimedBy", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_approval_tasks_DepartmentCode_Role_Status_DueAt",
                table: "approval_tasks",
                columns: new[] { "DepartmentCode", "Role", "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_approval_tasks_InstanceId",
                table: "approval_tasks",
                column: "InstanceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "approval_tasks");
        }
    }
}
