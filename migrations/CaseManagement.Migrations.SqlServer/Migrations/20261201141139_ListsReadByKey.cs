using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ListsReadByKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Notifications_UserId_ReadAt",
                table: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_AssigneeId_Status_DueOn",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_UnitId_Status_DueOn",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_Cases_UnitId_AssignedTo",
                table: "Cases");

            migrationBuilder.AddColumn<string>(
                name: "ClosureState",
                table: "Cases",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlanState",
                table: "Cases",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ChildNameTokens",
                columns: table => new
                {
                    Token = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Latin1_General_100_BIN2"),
                    ChildId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChildNameTokens", x => new { x.ChildId, x.Token });
                    table.ForeignKey(
                        name: "FK_ChildNameTokens_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The plan's and closure's states, read once from their JSON into the new columns.
            migrationBuilder.Sql("""
                UPDATE [Cases] SET [PlanState] = CASE CAST(JSON_VALUE([Plan], '$.State') AS int) WHEN 0 THEN 'Draft' WHEN 1 THEN 'Submitted' WHEN 2 THEN 'Approved' WHEN 3 THEN 'Rejected' END, [ClosureState] = CASE CAST(JSON_VALUE([Closure], '$.State') AS int) WHEN 0 THEN 'Draft' WHEN 1 THEN 'Submitted' WHEN 2 THEN 'Approved' WHEN 3 THEN 'Rejected' END
                WHERE [Plan] IS NOT NULL OR [Closure] IS NOT NULL;
                """);

            // The words of every child's search text, split as ChildNameToken.WordsOf does (words cut to 64 characters).
            migrationBuilder.Sql("""
                INSERT INTO [ChildNameTokens] ([ChildId], [Token], [UnitId])
                SELECT DISTINCT c.[Id], LEFT(w.[value], 64), c.[UnitId]
                FROM [Children] c CROSS APPLY STRING_SPLIT(c.[SearchText], ' ') w
                WHERE w.[value] <> '';
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_CreatedAt_Id",
                table: "Notifications",
                columns: new[] { "UserId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_ReadAt_CreatedAt_Id",
                table: "Notifications",
                columns: new[] { "UserId", "ReadAt", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_AssigneeId_Status_DueOn_Id",
                table: "FollowUps",
                columns: new[] { "AssigneeId", "Status", "DueOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_UnitId_Status_DueOn_Id",
                table: "FollowUps",
                columns: new[] { "UnitId", "Status", "DueOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Children_UnitId_CreatedAt_FileNumber",
                table: "Children",
                columns: new[] { "UnitId", "CreatedAt", "FileNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_UnitId_AssignedTo_Urgent_CreatedAt_Number",
                table: "Cases",
                columns: new[] { "UnitId", "AssignedTo", "Urgent", "CreatedAt", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_UnitId_ClosureState",
                table: "Cases",
                columns: new[] { "UnitId", "ClosureState" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_UnitId_PlanState",
                table: "Cases",
                columns: new[] { "UnitId", "PlanState" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_UnitId_Status_Urgent_CreatedAt_Number",
                table: "Cases",
                columns: new[] { "UnitId", "Status", "Urgent", "CreatedAt", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_UnitId_Urgent_CreatedAt_Number",
                table: "Cases",
                columns: new[] { "UnitId", "Urgent", "CreatedAt", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_ChildNameTokens_UnitId_Token_ChildId",
                table: "ChildNameTokens",
                columns: new[] { "UnitId", "Token", "ChildId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChildNameTokens");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_UserId_CreatedAt_Id",
                table: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_UserId_ReadAt_CreatedAt_Id",
                table: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_AssigneeId_Status_DueOn_Id",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_UnitId_Status_DueOn_Id",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_Children_UnitId_CreatedAt_FileNumber",
                table: "Children");

            migrationBuilder.DropIndex(
                name: "IX_Cases_UnitId_AssignedTo_Urgent_CreatedAt_Number",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_UnitId_ClosureState",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_UnitId_PlanState",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_UnitId_Status_Urgent_CreatedAt_Number",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_UnitId_Urgent_CreatedAt_Number",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ClosureState",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PlanState",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_ReadAt",
                table: "Notifications",
                columns: new[] { "UserId", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_AssigneeId_Status_DueOn",
                table: "FollowUps",
                columns: new[] { "AssigneeId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_UnitId_Status_DueOn",
                table: "FollowUps",
                columns: new[] { "UnitId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_UnitId_AssignedTo",
                table: "Cases",
                columns: new[] { "UnitId", "AssignedTo" });
        }
    }
}
