using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowEngine.Approvals.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TaskLookupIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_approval_tasks_BookmarkId",
                table: "approval_tasks",
                column: "BookmarkId");

            migrationBuilder.CreateIndex(
                name: "IX_approval_tasks_ParentTaskId",
                table: "approval_tasks",
                column: "ParentTaskId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_approval_tasks_BookmarkId",
                table: "approval_tasks");

            migrationBuilder.DropIndex(
                name: "IX_approval_tasks_ParentTaskId",
                table: "approval_tasks");
        }
    }
}
