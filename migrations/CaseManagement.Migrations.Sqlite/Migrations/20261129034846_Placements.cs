using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Placements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Establishments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameAr = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AuthorisationNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AuthorisationDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ManagingBody = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    CapacityGirls = table.Column<int>(type: "INTEGER", nullable: true),
                    CapacityBoys = table.Column<int>(type: "INTEGER", nullable: true),
                    AgeMin = table.Column<int>(type: "INTEGER", nullable: true),
                    AgeMax = table.Column<int>(type: "INTEGER", nullable: true),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Director = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Contacts = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LastInspectionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProjectOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InternalRulesOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Establishments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KafalaPlacements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ResponsibleId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    HasConcerns = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Abandonment = table.Column<string>(type: "TEXT", nullable: false),
                    Abroad = table.Column<string>(type: "TEXT", nullable: false),
                    End = table.Column<string>(type: "TEXT", nullable: true),
                    Kafils = table.Column<string>(type: "TEXT", nullable: false),
                    Procedure = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EstablishmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResponsibleId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    AdmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    DecisionReference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PeiDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PeiObjectives = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    FamilyContactPlan = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ExitDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExitReason = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    ExitDestination = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Incidents = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Concerns = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Actions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SentToJudgeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    By = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    EpsPlacementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    KafalaPlacementId = table.Column<Guid>(type: "TEXT", nullable: true)
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

            // FollowUps gets a nullable CaseId and two placement keys. SQLite changes a column or a foreign key only by
            // rebuilding the table; EF's own rebuild turns foreign keys off (a PRAGMA, which cannot run inside a
            // transaction) and so may leave a half-done table behind. Here the rebuild runs inside the migration's
            // transaction with foreign keys on: no table references FollowUps, so dropping it deletes nothing else, and
            // every copied row is checked against its case.
            migrationBuilder.Sql(""""
                CREATE TABLE "ef_temp_FollowUps" (
                    "Id" TEXT NOT NULL CONSTRAINT "PK_FollowUps" PRIMARY KEY,
                    "AssigneeId" TEXT NULL,
                    "CaseId" TEXT NULL,
                    "CompletedAt" INTEGER NULL,
                    "CompletedBy" TEXT NULL,
                    "CreatedAt" INTEGER NOT NULL,
                    "CreatedBy" TEXT NOT NULL,
                    "DueOn" TEXT NOT NULL,
                    "EpsPlacementId" TEXT NULL,
                    "KafalaPlacementId" TEXT NULL,
                    "Kind" TEXT NOT NULL,
                    "Note" TEXT NULL,
                    "Outcome" TEXT NULL,
                    "Purpose" TEXT NOT NULL,
                    "Status" TEXT NOT NULL,
                    "UnitId" TEXT NOT NULL,
                    "Version" BLOB NOT NULL,
                    CONSTRAINT "FK_FollowUps_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE RESTRICT,
                    CONSTRAINT "FK_FollowUps_EpsPlacements_EpsPlacementId" FOREIGN KEY ("EpsPlacementId") REFERENCES "EpsPlacements" ("Id") ON DELETE RESTRICT,
                    CONSTRAINT "FK_FollowUps_KafalaPlacements_KafalaPlacementId" FOREIGN KEY ("KafalaPlacementId") REFERENCES "KafalaPlacements" ("Id") ON DELETE RESTRICT
                );
                
                INSERT INTO "ef_temp_FollowUps" ("Id", "AssigneeId", "CaseId", "CompletedAt", "CompletedBy", "CreatedAt", "CreatedBy", "DueOn", "EpsPlacementId", "KafalaPlacementId", "Kind", "Note", "Outcome", "Purpose", "Status", "UnitId", "Version")
                SELECT "Id", "AssigneeId", "CaseId", "CompletedAt", "CompletedBy", "CreatedAt", "CreatedBy", "DueOn", NULL, NULL, "Kind", "Note", "Outcome", "Purpose", "Status", "UnitId", "Version"
                FROM "FollowUps";

                DROP TABLE "FollowUps";

                ALTER TABLE "ef_temp_FollowUps" RENAME TO "FollowUps";

                CREATE INDEX "IX_FollowUps_AssigneeId_Status_DueOn" ON "FollowUps" ("AssigneeId", "Status", "DueOn");
                
                CREATE INDEX "IX_FollowUps_CaseId" ON "FollowUps" ("CaseId");
                
                CREATE INDEX "IX_FollowUps_EpsPlacementId" ON "FollowUps" ("EpsPlacementId");
                
                CREATE INDEX "IX_FollowUps_KafalaPlacementId" ON "FollowUps" ("KafalaPlacementId");
                
                CREATE INDEX "IX_FollowUps_UnitId_Status_DueOn" ON "FollowUps" ("UnitId", "Status", "DueOn");
                """");
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
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
