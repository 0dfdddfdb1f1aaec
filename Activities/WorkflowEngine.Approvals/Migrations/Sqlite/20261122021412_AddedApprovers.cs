using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowEngine.Approvals.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddedApprovers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AddedApprovers",
                table: "approval_tasks",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "AddedBy",
                table: "approval_tasks",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ParentTaskId",
                table: "approval_tasks",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SignsBefore",
                table: "approval_tasks",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AddedApprovers",
                table: "approval_tasks");

            migrationBuilder.DropColumn(
                name: "AddedBy",
                table: "approval_tasks");

            migrationBuilder.DropColumn(
                name: "ParentTaskId",
                table: "approval_tasks");

            migrationBuilder.DropColumn(
                name: "SignsBefore",
                table: "approval_tasks");
        }
    }
}
