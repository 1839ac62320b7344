using CaseManagement.Domain.Cases;
using CaseManagement.Domain.FollowUps;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Data.Configurations;

/// <summary>
/// The indexes the monthly report reads (<see cref="Reports.MonthlyIndicators"/>). Each selects a unit's rows by the day
/// of a step and carries the other columns its figures need, so that a year to date of a large unit is read from the
/// index alone and not row by row from tables whose rows hold long texts. SQL Server takes those columns as INCLUDE
/// (no key-size limit); SQLite has no INCLUDE, so they are trailing key columns there. One name on both.
/// </summary>
internal static class ReportIndexes
{
    public static void Configure(ModelBuilder builder, bool sqlServer)
    {
        var cases = new Covering<Case>(builder, sqlServer);
        // Cases active at the end of a period: by status (still active) and by day of closure (closed since).
        cases.Add("IX_Cases_UnitId_Status", [nameof(Case.UnitId), nameof(Case.Status)], StockColumns);
        cases.Add("IX_Cases_UnitId_ClosedOn", [nameof(Case.UnitId), nameof(Case.ClosedOn)], StockColumns);
        cases.Add("IX_Cases_UnitId_ReceivedOn", [nameof(Case.UnitId), nameof(Case.ReceivedOn)],
            [nameof(Case.Urgent), nameof(Case.ChildId), nameof(Case.TriageMinutes), nameof(Case.FirstContactOn), nameof(Case.RecordedOn)]);
        // On SQLite this index also carries the intake's place and perpetrator, and a second one carries the child's
        // attributes the profile tables count (IX_Children_Report): the children taken in charge over a year are then
        // read from two indexes, not from the wide rows of cases and children. EF Core cannot index the columns of a
        // complex property, so those two are created by the SQLite migration ReportCoveringIndexes in SQL and the
        // model holds the case index for SQL Server only (whose clustered rows hold every column anyway). Tests assert
        // the query plan uses them (ReportIndexTests).
        if (sqlServer)
            cases.Add("IX_Cases_UnitId_TakenInChargeOn", [nameof(Case.UnitId), nameof(Case.TakenInChargeOn)],
                [nameof(Case.ChildId), nameof(Case.ReceivedOn), nameof(Case.PlanApprovedOn), nameof(Case.Id)]);
        cases.Add("IX_Cases_UnitId_EvaluatedOn", [nameof(Case.UnitId), nameof(Case.EvaluatedOn)], [nameof(Case.ReceivedOn), nameof(Case.Urgent)]);
        // A move or a service joined to its case: SQLite tables are ordered by rowid, not by the Guid key, so the key's own
        // index leads only to the row; SQL Server's clustered key already holds every column.
        if (!sqlServer)
            cases.Add("IX_Cases_Id_Report", [nameof(Case.Id)],
                [nameof(Case.UnitId), nameof(Case.ChildId), nameof(Case.TakenInChargeOn), nameof(Case.NotRetainedReason)]);

        new Covering<CaseTransition>(builder, sqlServer).Add("IX_CaseTransitions_To_Day", [nameof(CaseTransition.To), nameof(CaseTransition.Day)],
            ["CaseId", nameof(CaseTransition.Reason)]);
        // Contacts with the child in a period (C5): visits done, and services.
        new Covering<FollowUp>(builder, sqlServer).Add("IX_FollowUps_UnitId_Status_CompletedAt",
            [nameof(FollowUp.UnitId), nameof(FollowUp.Status), nameof(FollowUp.CompletedAt)],
            [nameof(FollowUp.CaseId), nameof(FollowUp.Purpose), nameof(FollowUp.Kind)]);
        new Covering<ServiceDelivery>(builder, sqlServer).Add("IX_ServiceDeliveries_UnitId_Date", [nameof(ServiceDelivery.UnitId), nameof(ServiceDelivery.Date)],
            [nameof(ServiceDelivery.Type), nameof(ServiceDelivery.Provider), nameof(ServiceDelivery.ChildId), nameof(ServiceDelivery.CaseId), nameof(ServiceDelivery.RecordedOn)]);
    }

    private static readonly string[] StockColumns =
    [
        nameof(Case.TakenInChargeOn), nameof(Case.ReopenedOn), nameof(Case.ChildId), nameof(Case.HasJudicialMeasure), nameof(Case.FirstContactOn),
        nameof(Case.AssignedTo), nameof(Case.Id),
    ];

    private sealed class Covering<T>(ModelBuilder builder, bool sqlServer)
        where T : class
    {
        public void Add(string name, string[] keys, string[] carried)
        {
            if (sqlServer) // the clustered key (Id) is in every index already
                builder.Entity<T>().HasIndex(keys, name).HasDatabaseName(name).IncludeProperties(carried.Where(c => c != "Id").ToArray());
            else
                builder.Entity<T>().HasIndex([.. keys, .. carried], name).HasDatabaseName(name);
        }
    }
}
