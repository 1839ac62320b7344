using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ReminderCheckpoints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ChangedAt",
                table: "FollowUps",
                type: "datetimeoffset",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // What exists was last changed when it was written (the reminder run's next full pass reads it all anyway).
            migrationBuilder.Sql("UPDATE FollowUps SET ChangedAt = CreatedAt;");

            migrationBuilder.CreateTable(
                name: "ReminderCheckpoints",
                columns: table => new
                {
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Thresholds = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderCheckpoints", x => x.UnitId);
                    table.ForeignKey(
                        name: "FK_ReminderCheckpoints_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_UnitId_Status_ChangedAt",
                table: "FollowUps",
                columns: new[] { "UnitId", "Status", "ChangedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReminderCheckpoints");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_UnitId_Status_ChangedAt",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "ChangedAt",
                table: "FollowUps");
        }
    }
}
