using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ResponsibleWorkers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A responsible worker is a real account from now on (foreign keys): an id that names nobody is cleared first,
            // so the file shows "not assigned" and reappears in the supervisors' queue instead of naming no one.
            migrationBuilder.Sql("""
                UPDATE [Cases] SET [AssignedTo] = NULL WHERE [AssignedTo] IS NOT NULL AND [AssignedTo] NOT IN (SELECT [Id] FROM [AspNetUsers]);
                UPDATE [FollowUps] SET [AssigneeId] = NULL WHERE [AssigneeId] IS NOT NULL AND [AssigneeId] NOT IN (SELECT [Id] FROM [AspNetUsers]);
                UPDATE [KafalaPlacements] SET [ResponsibleId] = NULL WHERE [ResponsibleId] IS NOT NULL AND [ResponsibleId] NOT IN (SELECT [Id] FROM [AspNetUsers]);
                UPDATE [EpsPlacements] SET [ResponsibleId] = NULL WHERE [ResponsibleId] IS NOT NULL AND [ResponsibleId] NOT IN (SELECT [Id] FROM [AspNetUsers]);
                """);

            migrationBuilder.DropIndex(
                name: "IX_EpsPlacements_ChildId",
                table: "EpsPlacements");

            migrationBuilder.CreateIndex(
                name: "IX_KafalaPlacements_ResponsibleId",
                table: "KafalaPlacements",
                column: "ResponsibleId");

            migrationBuilder.CreateIndex(
                name: "IX_EpsPlacements_ChildId_Open",
                table: "EpsPlacements",
                column: "ChildId",
                unique: true,
                filter: "[Status] <> 'Exited'");

            migrationBuilder.CreateIndex(
                name: "IX_EpsPlacements_ResponsibleId",
                table: "EpsPlacements",
                column: "ResponsibleId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssignedTo",
                table: "Cases",
                column: "AssignedTo");

            migrationBuilder.AddForeignKey(
                name: "FK_Cases_AspNetUsers_AssignedTo",
                table: "Cases",
                column: "AssignedTo",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_EpsPlacements_AspNetUsers_ResponsibleId",
                table: "EpsPlacements",
                column: "ResponsibleId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_FollowUps_AspNetUsers_AssigneeId",
                table: "FollowUps",
                column: "AssigneeId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_KafalaPlacements_AspNetUsers_ResponsibleId",
                table: "KafalaPlacements",
                column: "ResponsibleId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Cases_AspNetUsers_AssignedTo",
                table: "Cases");

            migrationBuilder.DropForeignKey(
                name: "FK_EpsPlacements_AspNetUsers_ResponsibleId",
                table: "EpsPlacements");

            migrationBuilder.DropForeignKey(
                name: "FK_FollowUps_AspNetUsers_AssigneeId",
                table: "FollowUps");

            migrationBuilder.DropForeignKey(
                name: "FK_KafalaPlacements_AspNetUsers_ResponsibleId",
                table: "KafalaPlacements");

            migrationBuilder.DropIndex(
                name: "IX_KafalaPlacements_ResponsibleId",
                table: "KafalaPlacements");

            migrationBuilder.DropIndex(
                name: "IX_EpsPlacements_ChildId_Open",
                table: "EpsPlacements");

            migrationBuilder.DropIndex(
                name: "IX_EpsPlacements_ResponsibleId",
                table: "EpsPlacements");

            migrationBuilder.DropIndex(
                name: "IX_Cases_AssignedTo",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_EpsPlacements_ChildId",
                table: "EpsPlacements",
                column: "ChildId");
        }
    }
}
