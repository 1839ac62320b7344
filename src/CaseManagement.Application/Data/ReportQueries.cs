using CaseManagement.Application.Errors;
using CaseManagement.Application.Reports;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Data;

/// <summary>How the report slices find a unit's report, and who may read which unit's reports.</summary>
public static class ReportQueries
{
    public static IQueryable<MonthlyReport> Of(this IQueryable<MonthlyReport> reports, Guid unitId, ReportMonth month) =>
        reports.Where(r => r.UnitId == unitId && r.Year == month.Year && r.Month == month.Month);

    /// <summary>The month's newest edition (a draft correction, if one is being written).</summary>
    public static Task<MonthlyReport?> LatestAsync(this IQueryable<MonthlyReport> reports, Guid unitId, ReportMonth month, CancellationToken ct) =>
        reports.Of(unitId, month).OrderByDescending(r => r.Edition).FirstOrDefaultAsync(ct);

    /// <summary>
    /// The unit whose reports the user reads: a supervisor's own; for a provincial viewer, the named unit if it is in their
    /// province (another province's unit is not found). Nobody else reads reports.
    /// </summary>
    public static async Task<Guid> ReportUnitAsync(this CaseDbContext db, ICurrentUser user, Guid? requested, CancellationToken ct)
    {
        if (user.IsInRole(Roles.Supervisor))
        {
            if (requested is { } other && other != user.UnitId)
                throw new NotFoundException("Unit", other);
            return user.UnitId;
        }

        if (user.IsInRole(Roles.ProvincialViewer) && requested is { } unitId && user.ProvinceId is { } province
            && await db.Units.AnyAsync(u => u.Id == unitId && u.ProvinceId == province, ct))
            return unitId;
        throw new NotFoundException("Unit", requested ?? Guid.Empty);
    }

    /// <summary>The edition a reader asks for (or the newest one they may see): supervisors see drafts, readers outside the unit only published editions.</summary>
    public static async Task<MonthlyReport> EditionAsync(this CaseDbContext db, ICurrentUser user, Guid unitId, ReportMonth month, int? edition, CancellationToken ct)
    {
        var reports = db.MonthlyReports.AsNoTracking().Of(unitId, month);
        if (!user.IsInRole(Roles.Supervisor))
            reports = reports.Where(r => r.Status != ReportStatus.Draft);
        if (edition is { } e)
            reports = reports.Where(r => r.Edition == e);
        return await reports.OrderByDescending(r => r.Edition).FirstOrDefaultAsync(ct) ?? throw new NotFoundException(nameof(MonthlyReport), month.ToString());
    }

    /// <summary>The partner figures of the province for a month, from the units' published (validated or sent) editions.</summary>
    public static async Task<PartnerFigures> PartnerFiguresAsync(this CaseDbContext db, ICurrentUser user, ReportMonth month, CancellationToken ct)
    {
        var provinceId = user.ProvinceId ?? throw new NotFoundException("Province", Guid.Empty);
        var province = await db.Provinces.AsNoTracking().Where(p => p.Id == provinceId).Select(p => new { p.Name, p.NameAr }).SingleAsync(ct);
        var units = await db.Units.AsNoTracking().CountAsync(u => u.ProvinceId == provinceId, ct);
        var published = await (from r in db.MonthlyReports.AsNoTracking()
                               join u in db.Units on r.UnitId equals u.Id
                               where u.ProvinceId == provinceId && r.Year == month.Year && r.Month == month.Month
                                     && (r.Status == ReportStatus.Validated || r.Status == ReportStatus.Sent)
                               select new { r.UnitId, r.Edition, r.Snapshot, r.SnapshotHash }).ToListAsync(ct);
        var latest = published.GroupBy(r => r.UnitId).Select(g => g.MaxBy(r => r.Edition)!).OrderBy(r => r.SnapshotHash, StringComparer.Ordinal).ToList();
        var sets = latest.Select(r => CanonicalJson.Deserialize<ReportSnapshot>(r.Snapshot!).Figures).ToList();

        static Figure? Sum(IEnumerable<Figure?> figures)
        {
            var list = figures.ToList();
            return list.Any(f => f is null) ? null : Figure.Count(list.Sum(f => f!.N));
        }

        var indicators = ReportCatalogue.PartnerFigures.Select(code =>
        {
            var found = sets.Select(s => s.Find(code)).OfType<Indicator>().ToList();
            return new Indicator(code, FigureKind.Count, Figure.Count(found.Sum(i => i.Month.N)), found.Count == 0 ? Figure.Count(0) : Sum(found.Select(i => i.YearToDate)),
                Sum(found.Select(i => i.LastYear)) ?? Figure.Count(0));
        }).ToList();
        var view = FiguresView.Of(new IndicatorSet { Year = month.Year, Month = month.Month, Indicators = indicators }, exact: false);
        return new PartnerFigures(province.Name, province.NameAr, month.Year, month.Month, latest.Count, units,
            ReportCatalogue.PartnerFigures.Select(c => view.Indicators[c]).ToList(), latest.Select(r => r.SnapshotHash!).ToList());
    }
}
