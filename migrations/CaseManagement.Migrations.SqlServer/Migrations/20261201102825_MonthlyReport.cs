using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Migrations.SqlServer.Migrations
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
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<DateOnly>(
                name: "FeedbackOn",
                table: "Referrals",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ServiceDeliveredOn",
                table: "Referrals",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Day",
                table: "CaseTransitions",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EvaluatedOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FirstContactOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "JudicialMeasure_DecidedOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PlanApprovedOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReceivedOn",
                table: "Cases",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "RecordedOn",
                table: "Cases",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReopenedOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TakenInChargeOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TriageMinutes",
                table: "Cases",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Activities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    CoordinationKind = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: true),
                    Place = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CommuneCode = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    Milieu = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: true),
                    Hours = table.Column<decimal>(type: "decimal(6,2)", precision: 6, scale: 2, nullable: false),
                    Topic = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Organisers = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    PlacesReached = table.Column<int>(type: "int", nullable: true),
                    CreatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<byte[]>(type: "rowversion", rowVersion: true, nullable: true),
                    Participants_ChildrenFemale = table.Column<int>(type: "int", nullable: false),
                    Participants_ChildrenMale = table.Column<int>(type: "int", nullable: false),
                    Participants_ParentsFemale = table.Column<int>(type: "int", nullable: false),
                    Participants_ParentsMale = table.Column<int>(type: "int", nullable: false),
                    Participants_ProfessionalsFemale = table.Column<int>(type: "int", nullable: false),
                    Participants_ProfessionalsMale = table.Column<int>(type: "int", nullable: false),
                    Trainees = table.Column<string>(type: "nvarchar(max)", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Month = table.Column<int>(type: "int", nullable: false),
                    Edition = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Indicators = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ComputedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ValidatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ValidatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Snapshot = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SnapshotHash = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: true),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Addressees = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    SentBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SupersedesId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CorrectionReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    SupersededById = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SupersededAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Version = table.Column<byte[]>(type: "rowversion", rowVersion: true, nullable: true),
                    Narratives_BottlenecksAr = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Narratives_BottlenecksFr = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Narratives_DifficultiesAr = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Narratives_DifficultiesFr = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Narratives_NotableFactsAr = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Narratives_NotableFactsFr = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Narratives_RecommendationsAr = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Narratives_RecommendationsFr = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameAr = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Version = table.Column<byte[]>(type: "rowversion", rowVersion: true, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Provinces", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceDeliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChildId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Provider = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false)
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
                    ReportId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Language = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
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
                filter: "[EpsPlacementId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_KafalaPlacementId",
                table: "FollowUps",
                column: "KafalaPlacementId",
                filter: "[KafalaPlacementId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_UnitId_Status_CompletedAt",
                table: "FollowUps",
                columns: new[] { "UnitId", "Status", "CompletedAt" })
                .Annotation("SqlServer:Include", new[] { "CaseId", "Purpose", "Kind" });

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
                columns: new[] { "To", "Day" })
                .Annotation("SqlServer:Include", new[] { "CaseId", "Reason" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_UnitId_ClosedOn",
                table: "Cases",
                columns: new[] { "UnitId", "ClosedOn" })
                .Annotation("SqlServer:Include", new[] { "TakenInChargeOn", "ReopenedOn", "ChildId", "HasJudicialMeasure", "FirstContactOn", "AssignedTo" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_UnitId_EvaluatedOn",
                table: "Cases",
                columns: new[] { "UnitId", "EvaluatedOn" })
                .Annotation("SqlServer:Include", new[] { "ReceivedOn", "Urgent" });

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
                columns: new[] { "UnitId", "ReceivedOn" })
                .Annotation("SqlServer:Include", new[] { "Urgent", "ChildId", "TriageMinutes", "FirstContactOn", "RecordedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_UnitId_Status",
                table: "Cases",
                columns: new[] { "UnitId", "Status" })
                .Annotation("SqlServer:Include", new[] { "TakenInChargeOn", "ReopenedOn", "ChildId", "HasJudicialMeasure", "FirstContactOn", "AssignedTo" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_UnitId_TakenInChargeOn",
                table: "Cases",
                columns: new[] { "UnitId", "TakenInChargeOn" })
                .Annotation("SqlServer:Include", new[] { "ChildId", "ReceivedOn", "PlanApprovedOn" });

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
                columns: new[] { "UnitId", "Date" })
                .Annotation("SqlServer:Include", new[] { "Type", "Provider", "ChildId", "CaseId", "RecordedOn" });

            // Existing units belong to the province of Sidi Kacem (HCP 481), created here when there is a unit.
            migrationBuilder.Sql("""
                INSERT INTO Provinces (Id, Code, Name, NameAr)
                SELECT '5A1D0481-0000-4000-8000-000000000481', N'481', N'Sidi Kacem', N'سيدي قاسم' WHERE EXISTS (SELECT 1 FROM Units);
                UPDATE Units SET ProvinceId = '5A1D0481-0000-4000-8000-000000000481' WHERE ProvinceId = '00000000-0000-0000-0000-000000000000';
                """);

            // Existing cases and moves: their days in Moroccan time (UTC+1 outside Ramadan).
            migrationBuilder.Sql("""
                UPDATE CaseTransitions SET Day = CONVERT(date, SWITCHOFFSET([At], '+01:00'));
                UPDATE Cases SET
                    ReceivedOn = CONVERT(date, SWITCHOFFSET(Intake_ReceivedAt, '+01:00')),
                    RecordedOn = CONVERT(date, SWITCHOFFSET(CreatedAt, '+01:00')),
                    TakenInChargeOn = (SELECT TOP 1 t.Day FROM CaseTransitions t
                        WHERE t.CaseId = Cases.Id AND t.[From] = 'Received' AND t.[To] = 'Open' ORDER BY t.[At]),
                    ReopenedOn = (SELECT TOP 1 t.Day FROM CaseTransitions t WHERE t.CaseId = Cases.Id AND t.[To] = 'Reopened' ORDER BY t.[At] DESC),
                    ClosedOn = CASE WHEN Status = 'Closed' THEN (SELECT TOP 1 t.Day FROM CaseTransitions t
                        WHERE t.CaseId = Cases.Id AND t.[To] = 'Closed' ORDER BY t.[At] DESC) END;
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
