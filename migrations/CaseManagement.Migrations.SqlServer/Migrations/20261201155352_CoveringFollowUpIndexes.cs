using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CoveringFollowUpIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FollowUps_AssigneeId_Status_DueOn_Id",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_UnitId_Status_DueOn_Id",
                table: "FollowUps");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_AssigneeId_Status_DueOn_Id_Kind",
                table: "FollowUps",
                columns: new[] { "AssigneeId", "Status", "DueOn", "Id", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_UnitId_Status_DueOn_Id_AssigneeId",
                table: "FollowUps",
                columns: new[] { "UnitId", "Status", "DueOn", "Id", "AssigneeId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FollowUps_AssigneeId_Status_DueOn_Id_Kind",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_UnitId_Status_DueOn_Id_AssigneeId",
                table: "FollowUps");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_AssigneeId_Status_DueOn_Id",
                table: "FollowUps",
                columns: new[] { "AssigneeId", "Status", "DueOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_UnitId_Status_DueOn_Id",
                table: "FollowUps",
                columns: new[] { "UnitId", "Status", "DueOn", "Id" });
        }
    }
}
