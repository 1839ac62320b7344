using CaseManagement.Application.Auditing;
using CaseManagement.Application.Data;
using CaseManagement.Application.Reports;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using CaseManagement.Domain.Reports;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Reports;

/// <summary>
/// A month's report: its status and editions, the figures with their codes, the narratives and, once validated, the hash.
/// The unit's supervisors see the draft and exact figures (marked internal); a provincial viewer sees only published
/// editions of their province's units, under disclosure control. Each reading is audited.
/// </summary>
public static class GetMonthlyReport
{
    [Authorize(Roles = Roles.MonthlyReportReaders)]
    public sealed record Query(string Month, Guid? UnitId = null, int? Edition = null) : MediatR.IRequest<Model>;

    public sealed record Model
    {
        public Guid Id { get; init; }
        public Guid UnitId { get; init; }
        public string UnitCode { get; init; } = string.Empty;
        public string UnitName { get; init; } = string.Empty;
        public string UnitNameAr { get; init; } = string.Empty;
        public int Year { get; init; }
        public int Month { get; init; }
        public int Edition { get; init; }
        public ReportStatus Status { get; init; }
        public DateTimeOffset ComputedAt { get; init; }
        public string? Hash { get; init; }
        public DateTimeOffset? ValidatedAt { get; init; }
        public string? ValidatedBy { get; init; }
        public DateOnly? SentOn { get; init; }
        public string? Addressees { get; init; }
        public string? CorrectionReason { get; init; }
        public bool Internal { get; init; }
        public IReadOnlyDictionary<string, IndicatorView> Indicators { get; init; } = new Dictionary<string, IndicatorView>();
        public IReadOnlyDictionary<string, TableView> Tables { get; init; } = new Dictionary<string, TableView>();
        public IReadOnlyList<MonthValueView> NewChildrenByMonth { get; init; } = [];
        public IReadOnlyDictionary<string, Names> Names { get; init; } = new Dictionary<string, Names>();
        public ReportParameters Parameters { get; init; } = new();
        public ReportNarratives Narratives { get; init; } = new();
        public IReadOnlyList<EditionModel> Editions { get; init; } = [];
    }

    public sealed record EditionModel(int Edition, ReportStatus Status, string? Hash, DateTimeOffset? ValidatedAt);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Month).IsReportMonth();
    }

    public sealed class Handler(CaseDbContext db, ICurrentUser user, AuditTrail audit) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var month = ReportMonth.Parse(query.Month);
            var unitId = await db.ReportUnitAsync(user, query.UnitId, cancellationToken);
            var report = await db.EditionAsync(user, unitId, month, query.Edition, cancellationToken);
            var exact = user.IsInRole(Roles.Supervisor);
            var editions = await db.MonthlyReports.AsNoTracking().Of(unitId, month).Where(r => exact || r.Status != ReportStatus.Draft)
                .OrderBy(r => r.Edition).Select(r => new EditionModel(r.Edition, r.Status, r.SnapshotHash, r.ValidatedAt)).ToListAsync(cancellationToken);

            var snapshot = report.Snapshot is { } json ? CanonicalJson.Deserialize<ReportSnapshot>(json) : null;
            var figures = snapshot?.Figures ?? CanonicalJson.Deserialize<IndicatorSet>(report.Indicators);
            var unit = snapshot?.Unit ?? await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => new SnapshotPlace(u.Id, u.Code, u.Name, u.NameAr)).SingleAsync(cancellationToken);
            var view = FiguresView.Of(figures, exact);

            audit.Record(AuditAction.Read, nameof(MonthlyReport), report.Id, unitId);
            await db.SaveChangesAsync(cancellationToken);
            return new Model
            {
                Id = report.Id,
                UnitId = unitId,
                UnitCode = unit.Code,
                UnitName = unit.Name,
                UnitNameAr = unit.NameAr,
                Year = report.Year,
                Month = report.Month,
                Edition = report.Edition,
                Status = report.Status,
                ComputedAt = report.ComputedAt,
                Hash = report.SnapshotHash,
                ValidatedAt = report.ValidatedAt,
                ValidatedBy = snapshot?.Validation.By,
                SentOn = report.SentOn,
                Addressees = report.Addressees,
                CorrectionReason = report.CorrectionReason,
                Internal = exact,
                Indicators = view.Indicators,
                Tables = view.Tables,
                NewChildrenByMonth = view.NewChildrenByMonth,
                Names = figures.Names,
                Parameters = figures.Parameters,
                Narratives = snapshot?.Narratives ?? report.Narratives,
                Editions = editions,
            };
        }
    }
}
