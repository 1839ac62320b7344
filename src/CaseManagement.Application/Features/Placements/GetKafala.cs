using CaseManagement.Application.Auditing;
using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using CaseManagement.Domain.FollowUps;
using CaseManagement.Domain.Placements;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Placements;

/// <summary>
/// A kafala file. The abandonment category and the kafils' identity documents are restricted: shown (and each
/// showing audited) only to the responsible social worker and the unit's supervisors, masked for other social workers.
/// </summary>
public static class GetKafala
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Query(Guid Id) : IRequest<Model>, IAuditedRead
    {
        public string AuditSubjectType => nameof(KafalaPlacement);
        public Guid AuditSubjectId => Id;
    }

    public sealed record Model
    {
        public Guid Id { get; init; }
        public Guid ChildId { get; init; }
        public string ChildFileNumber { get; init; } = string.Empty;
        public string? ChildName { get; init; }
        public string? ChildNameAr { get; init; }
        public Guid? CaseId { get; init; }
        public Guid? ResponsibleId { get; init; }
        public string? ResponsibleName { get; init; }
        public KafalaStatus Status { get; init; }
        public AbandonmentJudgment Abandonment { get; init; } = new();
        public IReadOnlyList<Kafil> Kafils { get; init; } = [];
        public KafalaProcedure Procedure { get; init; } = new();
        public KafalaAbroad Abroad { get; init; } = new();
        public bool HasConcerns { get; init; }
        public KafalaEnd? End { get; init; }
        public DateOnly? NationalityEligibleOn { get; init; }

        /// <summary>False when restricted fields were masked for this reader.</summary>
        public bool RestrictedShown { get; init; }
        public bool CanWork { get; init; }
        public IReadOnlyList<KafalaStatus> CanMoveTo { get; init; } = [];
        public IReadOnlyList<FollowUpItem> FollowUps { get; init; } = [];
        public IReadOnlyList<ReportItem> Reports { get; init; } = [];
        public IReadOnlyList<TransitionItem> Transitions { get; init; } = [];
        public string Version { get; init; } = string.Empty;
    }

    public sealed record FollowUpItem(Guid Id, FollowUpPurpose Purpose, DateOnly DueOn, FollowUpStatus Status, bool Overdue);

    public sealed record ReportItem(Guid Id, DateOnly Date, KafalaReportType Type, string? Author, IReadOnlyList<CheckFinding> Findings, string? Concerns,
        string? Actions, DateOnly? SentToJudgeOn);

    public sealed record TransitionItem(string From, string To, DateOnly? Date, string? Reference, string? By, DateTimeOffset At);

    public sealed class Handler(CaseDbContext db, PlacementAccess access, ICurrentUser user, TimeProvider clock, AuditTrail audit)
        : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var row = await access.Kafalas.AsNoTracking().Include(p => p.Transitions)
                .Where(p => p.Id == query.Id)
                .Select(p => new { Placement = p, Version = EF.Property<byte[]>(p, CaseDbContext.VersionProperty) })
                .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException(nameof(KafalaPlacement), query.Id);
            var p = row.Placement;
            var restricted = access.CanReadRestricted(p.ResponsibleId);
            if (restricted)
                audit.Record(AuditAction.Read, "KafalaRestricted", p.Id, p.UnitId);

            var today = user.Today(clock);
            var child = await db.Children.AsNoTracking().Where(c => c.Id == p.ChildId)
                .Select(c => new { c.FileNumber, c.GivenName, c.FamilyName, c.GivenNameAr, c.FamilyNameAr }).SingleAsync(cancellationToken);
            var followUps = await db.FollowUps.AsNoTracking().Where(f => f.KafalaPlacementId == p.Id).OrderBy(f => f.DueOn).ToListAsync(cancellationToken);
            var reports = await db.KafalaReports.AsNoTracking().Where(r => r.PlacementId == p.Id).OrderByDescending(r => r.Date).ToListAsync(cancellationToken);
            var people = reports.Select(r => r.AuthorId).Concat(p.Transitions.Select(t => t.By)).Concat(p.ResponsibleId is { } rid ? [rid] : []).Distinct().ToList();
            var names = await db.NamesAsync(people, cancellationToken);
            string? Name(Guid? id) => id is { } key && names.TryGetValue(key, out var n) ? n : null;
            var canWork = access.CanWorkOn(p.ResponsibleId);

            return new Model
            {
                Id = p.Id,
                ChildId = p.ChildId,
                ChildFileNumber = child.FileNumber,
                ChildName = $"{child.GivenName} {child.FamilyName}".Trim(),
                ChildNameAr = $"{child.GivenNameAr} {child.FamilyNameAr}".Trim(),
                CaseId = p.CaseId,
                ResponsibleId = p.ResponsibleId,
                ResponsibleName = Name(p.ResponsibleId),
                Status = p.Status,
                Abandonment = restricted ? p.Abandonment : p.Abandonment with { Category = null },
                Kafils = restricted ? p.Kafils : p.Kafils.Select(k => k with { IdentityDocument = null }).ToList(),
                Procedure = p.Procedure,
                Abroad = p.Abroad,
                HasConcerns = p.HasConcerns,
                End = p.End,
                NationalityEligibleOn = p.NationalityEligibleOn,
                RestrictedShown = restricted,
                CanWork = canWork,
                CanMoveTo = canWork ? p.NextStatuses : [],
                FollowUps = followUps.Select(f => new FollowUpItem(f.Id, f.Purpose, f.DueOn, f.Status, FollowUp.IsOverdue(f.Status, f.DueOn, today))).ToList(),
                Reports = reports.Select(r => new ReportItem(r.Id, r.Date, r.Type, Name(r.AuthorId), r.Findings, r.Concerns, r.Actions, r.SentToJudgeOn)).ToList(),
                Transitions = p.Transitions.OrderBy(t => t.At).Select(t => new TransitionItem(t.From, t.To, t.Date, t.Reference, Name(t.By), t.At)).ToList(),
                Version = VersionToken.Encode(row.Version),
            };
        }
    }
}
