using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AuditForPeople : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Subjects were written as text; they become Guids (every one was a Guid already).
            migrationBuilder.Sql("UPDATE [AuditEntries] SET [SubjectId] = NULL WHERE [SubjectId] IS NOT NULL AND TRY_CONVERT(uniqueidentifier, [SubjectId]) IS NULL;");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_SubjectType_SubjectId",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_UnitId_At",
                table: "AuditEntries");

            migrationBuilder.AlterColumn<Guid>(
                name: "SubjectId",
                table: "AuditEntries",
                type: "uniqueidentifier",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(64)",
                oldMaxLength: 64,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Detail",
                table: "AuditEntries",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_SubjectType_SubjectId_Id",
                table: "AuditEntries",
                columns: new[] { "SubjectType", "SubjectId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UnitId_Id",
                table: "AuditEntries",
                columns: new[] { "UnitId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserId_Id",
                table: "AuditEntries",
                columns: new[] { "UserId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_SubjectType_SubjectId_Id",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_UnitId_Id",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_UserId_Id",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Detail",
                table: "AuditEntries");

            migrationBuilder.AlterColumn<string>(
                name: "SubjectId",
                table: "AuditEntries",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_SubjectType_SubjectId",
                table: "AuditEntries",
                columns: new[] { "SubjectType", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UnitId_At",
                table: "AuditEntries",
                columns: new[] { "UnitId", "At" });
        }
    }
}
