using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Reports;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Reports;

/// <summary>
/// The reports of a year with their status: a supervisor's unit (every edition, drafts included), or, for a provincial
/// viewer, the published editions of their province's units. Twelve months and a few editions per unit: bounded.
/// </summary>
public static class ListMonthlyReports
{
    [Authorize(Roles = Roles.MonthlyReportReaders)]
    public sealed record Query(int Year) : IRequest<IReadOnlyList<Item>>;

    public sealed record Item(Guid UnitId, string UnitCode, string UnitName, string UnitNameAr, int Year, int Month, int Edition, ReportStatus Status,
        string? Hash, DateTimeOffset? ValidatedAt, DateOnly? SentOn);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Year).InclusiveBetween(2000, 2100);
    }

    public sealed class Handler(CaseDbContext db, ICurrentUser user) : IRequestHandler<Query, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var supervisor = user.IsInRole(Roles.Supervisor);
            var (unitId, provinceId) = (user.UnitId, user.ProvinceId);
            var units = supervisor
                ? db.Units.AsNoTracking().Where(u => u.Id == unitId)
                : db.Units.AsNoTracking().Where(u => provinceId != null && u.ProvinceId == provinceId);
            return await (from r in db.MonthlyReports.AsNoTracking()
                          join u in units on r.UnitId equals u.Id
                          where r.Year == query.Year && (supervisor || r.Status != ReportStatus.Draft)
                          orderby u.Code, r.Month descending, r.Edition descending
                          select new Item(u.Id, u.Code, u.Name, u.NameAr, r.Year, r.Month, r.Edition, r.Status, r.SnapshotHash, r.ValidatedAt, r.SentOn))
                .ToListAsync(cancellationToken);
        }
    }
}
