using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseManagement.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FollowUpFulfilmentCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Fulfilment",
                table: "FollowUps",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            // Follow-ups the system closed before stored an English sentence as their outcome: a code now.
            migrationBuilder.Sql("UPDATE FollowUps SET Fulfilment = 'AssessmentRecorded', Outcome = NULL WHERE Status = 'Done' AND Outcome = 'Assessment recorded';");
            migrationBuilder.Sql("UPDATE FollowUps SET Fulfilment = 'PlanApproved', Outcome = NULL WHERE Status = 'Done' AND Outcome = 'Plan approved';");
            migrationBuilder.Sql("UPDATE FollowUps SET Fulfilment = 'PlanReviewApproved', Outcome = NULL WHERE Status = 'Done' AND Outcome = 'Plan reviewed and approved';");
            migrationBuilder.Sql("UPDATE FollowUps SET Fulfilment = 'KafalaReportRecorded', Outcome = NULL WHERE Status = 'Done' AND Outcome = 'Report recorded';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE FollowUps SET Outcome = CASE Fulfilment WHEN 'AssessmentRecorded' THEN 'Assessment recorded' WHEN 'PlanApproved' THEN 'Plan approved' WHEN 'PlanReviewApproved' THEN 'Plan reviewed and approved' ELSE 'Report recorded' END WHERE Fulfilment IS NOT NULL;");

            migrationBuilder.DropColumn(
                name: "Fulfilment",
                table: "FollowUps");
        }
    }
}
