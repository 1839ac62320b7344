using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlanState",
                table: "Cases",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ChildNameTokens",
                columns: table => new
                {
                    Token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                UPDATE "Cases" SET "PlanState" = CASE json_extract("Plan", '$.State') WHEN 0 THEN 'Draft' WHEN 1 THEN 'Submitted' WHEN 2 THEN 'Approved' WHEN 3 THEN 'Rejected' END, "ClosureState" = CASE json_extract("Closure", '$.State') WHEN 0 THEN 'Draft' WHEN 1 THEN 'Submitted' WHEN 2 THEN 'Approved' WHEN 3 THEN 'Rejected' END
                WHERE "Plan" IS NOT NULL OR "Closure" IS NOT NULL;
                """);

            // The words of every child's search text, split as ChildNameToken.WordsOf does (words cut to 64 characters).
            migrationBuilder.Sql("""
                WITH RECURSIVE words("ChildId", "UnitId", "Word", "Rest") AS (
                    SELECT "Id", "UnitId", '', "SearchText" || ' ' FROM "Children"
                    UNION ALL
                    SELECT "ChildId", "UnitId", substr("Rest", 1, instr("Rest", ' ') - 1), substr("Rest", instr("Rest", ' ') + 1)
                    FROM words WHERE "Rest" <> ''
                )
                INSERT OR IGNORE INTO "ChildNameTokens" ("ChildId", "Token", "UnitId")
                SELECT "ChildId", substr("Word", 1, 64), "UnitId" FROM words WHERE "Word" <> '';
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
