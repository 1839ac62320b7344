using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Placements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "CaseId",
                table: "FollowUps",
                type: "uniqueidentifier",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier");

            migrationBuilder.AddColumn<Guid>(
                name: "EpsPlacementId",
                table: "FollowUps",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "KafalaPlacementId",
                table: "FollowUps",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Establishments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameAr = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AuthorisationNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    AuthorisationDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Category = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ManagingBody = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Capacity = table.Column<int>(type: "int", nullable: false),
                    CapacityGirls = table.Column<int>(type: "int", nullable: true),
                    CapacityBoys = table.Column<int>(type: "int", nullable: true),
                    AgeMin = table.Column<int>(type: "int", nullable: true),
                    AgeMax = table.Column<int>(type: "int", nullable: true),
                    CommuneCode = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    Director = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Contacts = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    LastInspectionOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProjectOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InternalRulesOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<byte[]>(type: "rowversion", rowVersion: true, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Establishments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KafalaPlacements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChildId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ResponsibleId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    HasConcerns = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<byte[]>(type: "rowversion", rowVersion: true, nullable: true),
                    Abandonment = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Abroad = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    End = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Kafils = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Procedure = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KafalaPlacements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KafalaPlacements_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_KafalaPlacements_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_KafalaPlacements_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EpsPlacements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChildId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    EstablishmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ResponsibleId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    AdmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LegalBasis = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    DecisionReference = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    PeiDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PeiObjectives = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    FamilyContactPlan = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ExitDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ExitReason = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: true),
                    ExitDestination = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<byte[]>(type: "rowversion", rowVersion: true, nullable: true),
                    Incidents = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EpsPlacements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EpsPlacements_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EpsPlacements_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EpsPlacements_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EpsPlacements_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "KafalaReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlacementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    AuthorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Concerns = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Actions = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    SentToJudgeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Findings = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KafalaReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KafalaReports_KafalaPlacements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "KafalaPlacements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlacementTransitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    From = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    To = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: true),
                    Reference = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    By = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    EpsPlacementId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    KafalaPlacementId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlacementTransitions_EpsPlacements_EpsPlacementId",
                        column: x => x.EpsPlacementId,
                        principalTable: "EpsPlacements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlacementTransitions_KafalaPlacements_KafalaPlacementId",
                        column: x => x.KafalaPlacementId,
                        principalTable: "KafalaPlacements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_EpsPlacementId",
                table: "FollowUps",
                column: "EpsPlacementId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_KafalaPlacementId",
                table: "FollowUps",
                column: "KafalaPlacementId");

            migrationBuilder.CreateIndex(
                name: "IX_EpsPlacements_CaseId",
                table: "EpsPlacements",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_EpsPlacements_ChildId",
                table: "EpsPlacements",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_EpsPlacements_EstablishmentId_Status",
                table: "EpsPlacements",
                columns: new[] { "EstablishmentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_EpsPlacements_UnitId",
                table: "EpsPlacements",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_KafalaPlacements_CaseId",
                table: "KafalaPlacements",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_KafalaPlacements_ChildId",
                table: "KafalaPlacements",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_KafalaPlacements_UnitId_Status",
                table: "KafalaPlacements",
                columns: new[] { "UnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_KafalaReports_PlacementId",
                table: "KafalaReports",
                column: "PlacementId");

            migrationBuilder.CreateIndex(
                name: "IX_PlacementTransitions_EpsPlacementId",
                table: "PlacementTransitions",
                column: "EpsPlacementId");

            migrationBuilder.CreateIndex(
                name: "IX_PlacementTransitions_KafalaPlacementId",
                table: "PlacementTransitions",
                column: "KafalaPlacementId");

            migrationBuilder.AddForeignKey(
                name: "FK_FollowUps_EpsPlacements_EpsPlacementId",
                table: "FollowUps",
                column: "EpsPlacementId",
                principalTable: "EpsPlacements",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_FollowUps_KafalaPlacements_KafalaPlacementId",
                table: "FollowUps",
                column: "KafalaPlacementId",
                principalTable: "KafalaPlacements",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_FollowUps_EpsPlacements_EpsPlacementId",
                table: "FollowUps");

            migrationBuilder.DropForeignKey(
                name: "FK_FollowUps_KafalaPlacements_KafalaPlacementId",
                table: "FollowUps");

            migrationBuilder.DropTable(
                name: "KafalaReports");

            migrationBuilder.DropTable(
                name: "PlacementTransitions");

            migrationBuilder.DropTable(
                name: "EpsPlacements");

            migrationBuilder.DropTable(
                name: "KafalaPlacements");

            migrationBuilder.DropTable(
                name: "Establishments");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_EpsPlacementId",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_KafalaPlacementId",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "EpsPlacementId",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "KafalaPlacementId",
                table: "FollowUps");

            migrationBuilder.AlterColumn<Guid>(
                name: "CaseId",
                table: "FollowUps",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier",
                oldNullable: true);
        }
    }
}
