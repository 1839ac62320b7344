using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditForPeople : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Subjects were written as lower-case text; Guids are upper-case text in SQLite (and compared as text).
            migrationBuilder.Sql("UPDATE \"AuditEntries\" SET \"SubjectId\" = upper(\"SubjectId\") WHERE \"SubjectId\" IS NOT NULL;");
            migrationBuilder.Sql("UPDATE \"AuditEntries\" SET \"SubjectId\" = NULL WHERE length(\"SubjectId\") <> 36;"); // never a Guid: unreadable as one

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_SubjectType_SubjectId",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_UnitId_At",
                table: "AuditEntries");

            migrationBuilder.AddColumn<string>(
                name: "Detail",
                table: "AuditEntries",
                type: "TEXT",
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
