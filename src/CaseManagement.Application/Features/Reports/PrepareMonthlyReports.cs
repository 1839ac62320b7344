using CaseManagement.Application.Data;
using CaseManagement.Application.Reports;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Reports;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Reports;

/// <summary>
/// The monthly job: from the 1st at 06:00 in a unit's time zone, the month just ended gets its draft report, computed
/// from the database. It may run any number of times, after a restart or on two servers at once: a unit, month and
/// edition has one report (unique index), so a second run finds it — or loses the race on insert — and creates nothing.
/// A missed run catches up at the next. Sent by the job, never from a page or an endpoint.
/// </summary>
public static class PrepareMonthlyReports
{
    public const int DraftHour = 6;

    [SystemJob]
    public sealed record Command : IRequest<Result>;

    public sealed record Result(int Created);

    public sealed class Handler(CaseDbContext db, MonthlyIndicators indicators, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var created = 0;
            var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.TimeZoneId }).ToListAsync(cancellationToken);
            foreach (var unit in units)
            {
                var local = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), UnitClock.Zone(unit.TimeZoneId));
                var month = new ReportMonth(local.Year, local.Month).Previous;
                if (local.Day == 1 && local.Hour < DraftHour)
                    month = month.Previous; // before 06:00 on the 1st, the month just ended is not due yet
                if (await db.MonthlyReports.Of(unit.Id, month).AnyAsync(cancellationToken))
                    continue;

                var figures = await indicators.ComputeAsync(unit.Id, month.Year, month.Month, cancellationToken);
                db.MonthlyReports.Add(MonthlyReport.Draft(unit.Id, month.Year, month.Month, CanonicalJson.Serialize(figures), clock.GetUtcNow(), by: null));
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    created++;
                }
                catch (DbUpdateException)
                {
                    db.ChangeTracker.Clear(); // another run created it first
                }
            }

            return new Result(created);
        }
    }
}
