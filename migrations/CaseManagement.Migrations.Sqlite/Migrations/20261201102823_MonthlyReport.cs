using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MonthlyReport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FollowUps_EpsPlacementId",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_KafalaPlacementId",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_EpsPlacements_UnitId",
                table: "EpsPlacements");

            migrationBuilder.DropIndex(
                name: "IX_CaseTransitions_CaseId",
                table: "CaseTransitions");

            migrationBuilder.DropIndex(
                name: "IX_Cases_UnitId_Status",
                table: "Cases");

            migrationBuilder.AddColumn<Guid>(
                name: "ProvinceId",
                table: "Units",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<DateOnly>(
                name: "FeedbackOn",
                table: "Referrals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ServiceDeliveredOn",
                table: "Referrals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Day",
                table: "CaseTransitions",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EvaluatedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FirstContactOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "JudicialMeasure_DecidedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PlanApprovedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReceivedOn",
                table: "Cases",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "RecordedOn",
                table: "Cases",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReopenedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TakenInChargeOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TriageMinutes",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Activities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    CoordinationKind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Milieu = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Organisers = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PlacesReached = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Participants_ChildrenFemale = table.Column<int>(type: "INTEGER", nullable: false),
                    Participants_ChildrenMale = table.Column<int>(type: "INTEGER", nullable: false),
                    Participants_ParentsFemale = table.Column<int>(type: "INTEGER", nullable: false),
                    Participants_ParentsMale = table.Column<int>(type: "INTEGER", nullable: false),
                    Participants_ProfessionalsFemale = table.Column<int>(type: "INTEGER", nullable: false),
                    Participants_ProfessionalsMale = table.Column<int>(type: "INTEGER", nullable: false),
                    Trainees = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Activities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Activities_Communes_CommuneCode",
                        column: x => x.CommuneCode,
                        principalTable: "Communes",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Activities_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MonthlyReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Edition = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Indicators = table.Column<string>(type: "TEXT", nullable: false),
                    ComputedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ValidatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ValidatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: true),
                    SnapshotHash = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Addressees = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SentBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    SupersedesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CorrectionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SupersededById = table.Column<Guid>(type: "TEXT", nullable: true),
                    SupersededAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Narratives_BottlenecksAr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Narratives_BottlenecksFr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Narratives_DifficultiesAr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Narratives_DifficultiesFr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Narratives_NotableFactsAr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Narratives_NotableFactsFr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Narratives_RecommendationsAr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Narratives_RecommendationsFr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonthlyReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonthlyReports_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Provinces",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameAr = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Provinces", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceDeliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceDeliveries_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceDeliveries_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceDeliveries_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MonthlyReportFiles",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonthlyReportFiles", x => new { x.ReportId, x.Language });
                    table.ForeignKey(
                        name: "FK_MonthlyReportFiles_MonthlyReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "MonthlyReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_UnitId_SentOn",
                table: "Referrals",
                columns: new[] { "UnitId", "SentOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PlacementTransitions_To_Date",
                table: "PlacementTransitions",
                columns: new[] { "To", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_EpsPlacementId",
                table: "FollowUps",
                column: "EpsPlacementId",
                filter: "\"EpsPlacementId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_KafalaPlacementId",
                table: "FollowUps",
                column: "KafalaPlacementId",
                filter: "\"KafalaPlacementId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_UnitId_Status_CompletedAt",
                table: "FollowUps",
                columns: new[] { "UnitId", "Status", "CompletedAt", "CaseId", "Purpose", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_EpsPlacements_UnitId_AdmittedOn",
                table: "EpsPlacements",
                columns: new[] { "UnitId", "AdmittedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EpsPlacements_UnitId_ExitDate",
                table: "EpsPlacements",
                columns: new[] { "UnitId", "ExitDate" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTransitions_CaseId_At",
                table: "CaseTransitions",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTransitions_To_Day",
                table: "CaseTransitions",
                columns: new[] { "To", "Day", "CaseId", "Reason" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Id_Report",
                table: "Cases",
                columns: new[] { "Id", "UnitId", "ChildId", "TakenInChargeOn", "NotRetainedReason" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_UnitId_ClosedOn",
                table: "Cases",
                columns: new[] { "UnitId", "ClosedOn", "TakenInChargeOn", "ReopenedOn", "ChildId", "HasJudicialMeasure", "FirstContactOn", "AssignedTo", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_UnitId_EvaluatedOn",
                table: "Cases",
                columns: new[] { "UnitId", "EvaluatedOn", "ReceivedOn", "Urgent" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_UnitId_OpenedOn",
                table: "Cases",
                columns: new[] { "UnitId", "OpenedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_UnitId_ProsecutorReport_ReportedOn",
                table: "Cases",
                columns: new[] { "UnitId", "ProsecutorReport_ReportedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_UnitId_ReceivedOn",
                table: "Cases",
                columns: new[] { "UnitId", "ReceivedOn", "Urgent", "ChildId", "TriageMinutes", "FirstContactOn", "RecordedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_UnitId_Status",
                table: "Cases",
                columns: new[] { "UnitId", "Status", "TakenInChargeOn", "ReopenedOn", "ChildId", "HasJudicialMeasure", "FirstContactOn", "AssignedTo", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_UnitId_TakenInChargeOn",
                table: "Cases",
                columns: new[] { "UnitId", "TakenInChargeOn", "ChildId", "ReceivedOn", "PlanApprovedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_CommuneCode",
                table: "Activities",
                column: "CommuneCode");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_UnitId_Date",
                table: "Activities",
                columns: new[] { "UnitId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyReports_UnitId_Year_Month_Edition",
                table: "MonthlyReports",
                columns: new[] { "UnitId", "Year", "Month", "Edition" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyReports_Year_Month_Status",
                table: "MonthlyReports",
                columns: new[] { "Year", "Month", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Provinces_Code",
                table: "Provinces",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceDeliveries_CaseId",
                table: "ServiceDeliveries",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceDeliveries_ChildId",
                table: "ServiceDeliveries",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceDeliveries_PartnerId",
                table: "ServiceDeliveries",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceDeliveries_UnitId_Date",
                table: "ServiceDeliveries",
                columns: new[] { "UnitId", "Date", "Type", "Provider", "ChildId", "CaseId", "RecordedOn" });

            // Existing units belong to the province of Sidi Kacem (HCP 481), created here when there is a unit.
            migrationBuilder.Sql("""
                INSERT INTO Provinces (Id, Code, Name, NameAr, Version)
                SELECT '5A1D0481-0000-4000-8000-000000000481', '481', 'Sidi Kacem', 'سيدي قاسم', randomblob(16) WHERE EXISTS (SELECT 1 FROM Units);
                UPDATE Units SET ProvinceId = '5A1D0481-0000-4000-8000-000000000481' WHERE ProvinceId = '00000000-0000-0000-0000-000000000000';
                """);

            // Existing cases and moves: their days in Morocco (UTC+01:00, as on SQL Server), from the stored UTC instants
            // (DateTimeOffsetToBinaryConverter keeps the ticks / 1000 above 11 bits of offset minutes). During Ramadan
            // Morocco keeps UTC: a step taken then between 23:00 and midnight is dated the next day.
            migrationBuilder.Sql("""
                UPDATE CaseTransitions SET Day = date((((At >> 11) * 1000) - 621355968000000000) / 10000000, 'unixepoch', '+1 hour');
                UPDATE Cases SET
                    ReceivedOn = date((((Intake_ReceivedAt >> 11) * 1000) - 621355968000000000) / 10000000, 'unixepoch', '+1 hour'),
                    RecordedOn = date((((CreatedAt >> 11) * 1000) - 621355968000000000) / 10000000, 'unixepoch', '+1 hour'),
                    TakenInChargeOn = (SELECT t.Day FROM CaseTransitions t
                        WHERE t.CaseId = Cases.Id AND t."From" = 'Received' AND t."To" = 'Open' ORDER BY t.At LIMIT 1),
                    ReopenedOn = (SELECT t.Day FROM CaseTransitions t WHERE t.CaseId = Cases.Id AND t."To" = 'Reopened' ORDER BY t.At DESC LIMIT 1),
                    ClosedOn = CASE WHEN Status = 'Closed' THEN (SELECT t.Day FROM CaseTransitions t
                        WHERE t.CaseId = Cases.Id AND t."To" = 'Closed' ORDER BY t.At DESC LIMIT 1) END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Activities");

            migrationBuilder.DropTable(
                name: "MonthlyReportFiles");

            migrationBuilder.DropTable(
                name: "Provinces");

            migrationBuilder.DropTable(
                name: "ServiceDeliveries");

            migrationBuilder.DropTable(
                name: "MonthlyReports");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_UnitId_SentOn",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_PlacementTransitions_To_Date",
                table: "PlacementTransitions");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_EpsPlacementId",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_KafalaPlacementId",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_UnitId_Status_CompletedAt",
                table: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_EpsPlacements_UnitId_AdmittedOn",
                table: "EpsPlacements");

            migrationBuilder.DropIndex(
                name: "IX_EpsPlacements_UnitId_ExitDate",
                table: "EpsPlacements");

            migrationBuilder.DropIndex(
                name: "IX_CaseTransitions_CaseId_At",
                table: "CaseTransitions");

            migrationBuilder.DropIndex(
                name: "IX_CaseTransitions_To_Day",
                table: "CaseTransitions");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Id_Report",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_UnitId_ClosedOn",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_UnitId_EvaluatedOn",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_UnitId_OpenedOn",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_UnitId_ProsecutorReport_ReportedOn",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_UnitId_ReceivedOn",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_UnitId_Status",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_UnitId_TakenInChargeOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ProvinceId",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "FeedbackOn",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "ServiceDeliveredOn",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "Day",
                table: "CaseTransitions");

            migrationBuilder.DropColumn(
                name: "ClosedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "EvaluatedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FirstContactOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "JudicialMeasure_DecidedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PlanApprovedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ReceivedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "RecordedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ReopenedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "TakenInChargeOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "TriageMinutes",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_EpsPlacementId",
                table: "FollowUps",
                column: "EpsPlacementId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_KafalaPlacementId",
                table: "FollowUps",
                column: "KafalaPlacementId");

            migrationBuilder.CreateIndex(
                name: "IX_EpsPlacements_UnitId",
                table: "EpsPlacements",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTransitions_CaseId",
                table: "CaseTransitions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_UnitId_Status",
                table: "Cases",
                columns: new[] { "UnitId", "Status" });
        }
    }
}
