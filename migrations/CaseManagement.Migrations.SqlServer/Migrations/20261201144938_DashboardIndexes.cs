using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class DashboardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Children_Id_CommuneCode",
                table: "Children",
                columns: new[] { "Id", "CommuneCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_UnitId_Status_AssignedTo_Urgent_RiskLevel_ChildId_Id",
                table: "Cases",
                columns: new[] { "UnitId", "Status", "AssignedTo", "Urgent", "RiskLevel", "ChildId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseConcerns_CaseId_IsPrimary_Code",
                table: "CaseConcerns",
                columns: new[] { "CaseId", "IsPrimary", "Code" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Children_Id_CommuneCode",
                table: "Children");

            migrationBuilder.DropIndex(
                name: "IX_Cases_UnitId_Status_AssignedTo_Urgent_RiskLevel_ChildId_Id",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_CaseConcerns_CaseId_IsPrimary_Code",
                table: "CaseConcerns");
        }
    }
}
