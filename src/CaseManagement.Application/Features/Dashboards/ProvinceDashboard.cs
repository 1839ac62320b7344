using CaseManagement.Application.Data;
using CaseManagement.Application.Reports;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Reports;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Dashboards;

/// <summary>
/// A provincial viewer's home: for each unit of the province, the key figures of its latest published report (under
/// disclosure control), and the province's new children per month summed over those reports.
/// </summary>
public static class ProvinceDashboard
{
    [Authorize(Roles = Roles.ProvincialViewer)]
    public sealed record Query : IRequest<Model>;

    public sealed record UnitFigures(Guid UnitId, string Code, string Name, string NameAr, int Year, int Month, int Edition, IReadOnlyList<IndicatorView> KeyFigures);

    public sealed record Model(IReadOnlyList<UnitFigures> Units, IReadOnlyList<MonthValueView> NewChildrenByMonth);

    public sealed class Handler(CaseDbContext db, ICurrentUser user) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var provinceId = user.ProvinceId;
            var units = await db.Units.AsNoTracking().Where(u => u.ProvinceId == provinceId).OrderBy(u => u.Code)
                .Select(u => new { u.Id, u.Code, u.Name, u.NameAr }).ToListAsync(cancellationToken);
            var result = new List<UnitFigures>();
            var series = new Dictionary<(int, int), long>();
            foreach (var unit in units)
            {
                var latest = await db.MonthlyReports.AsNoTracking()
                    .Where(r => r.UnitId == unit.Id && (r.Status == ReportStatus.Validated || r.Status == ReportStatus.Sent))
                    .OrderByDescending(r => r.Year).ThenByDescending(r => r.Month).ThenByDescending(r => r.Edition)
                    .Select(r => new { r.Year, r.Month, r.Edition, r.Snapshot }).FirstOrDefaultAsync(cancellationToken);
                if (latest is null)
                    continue;
                var figures = CanonicalJson.Deserialize<ReportSnapshot>(latest.Snapshot!).Figures;
                var view = FiguresView.Of(figures, exact: false);
                result.Add(new UnitFigures(unit.Id, unit.Code, unit.Name, unit.NameAr, latest.Year, latest.Month, latest.Edition,
                    ReportCatalogue.KeyFigures.Where(view.Indicators.ContainsKey).Select(c => view.Indicators[c]).ToList()));
                foreach (var m in figures.NewChildrenByMonth)
                    series[(m.Year, m.Month)] = series.GetValueOrDefault((m.Year, m.Month)) + m.Value;
            }

            var months = series.OrderBy(s => s.Key).TakeLast(12)
                .Select(s => new MonthValueView(s.Key.Item1, s.Key.Item2, Disclosure.IsSmall(s.Value) ? null : s.Value)).ToList();
            return new Model(result, months);
        }
    }
}
