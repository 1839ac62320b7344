using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.FollowUps;
using CaseManagement.Domain.Placements;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Placements;

public static class GetEpsPlacement
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Query(Guid Id) : IRequest<Model>, IAuditedRead
    {
        public string AuditSubjectType => nameof(EpsPlacement);
        public Guid AuditSubjectId => Id;
    }

    public sealed record Model(EpsPlacement Placement, string EstablishmentName, string EstablishmentNameAr, string ChildFileNumber, string? ChildName,
        string? ChildNameAr, IReadOnlyList<ReviewItem> Reviews, bool CanWork, IReadOnlyList<EpsStatus> CanMoveTo);

    public sealed record ReviewItem(Guid Id, DateOnly DueOn, FollowUpStatus Status, bool Overdue);

    public sealed class Handler(CaseDbContext db, PlacementAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var placement = await access.EpsPlacements.AsNoTracking().Include(p => p.Transitions)
                                .SingleOrDefaultAsync(p => p.Id == query.Id, cancellationToken)
                            ?? throw new NotFoundException(nameof(EpsPlacement), query.Id);
            var establishment = await db.Establishments.AsNoTracking().Where(e => e.Id == placement.EstablishmentId).Select(e => new { e.Name, e.NameAr }).SingleAsync(cancellationToken);
            var child = await db.Children.AsNoTracking().Where(c => c.Id == placement.ChildId)
                .Select(c => new { c.FileNumber, c.GivenName, c.FamilyName, c.GivenNameAr, c.FamilyNameAr }).SingleAsync(cancellationToken);
            var today = user.Today(clock);
            var reviews = await db.FollowUps.AsNoTracking().Where(f => f.EpsPlacementId == placement.Id).OrderBy(f => f.DueOn).ToListAsync(cancellationToken);
            var canWork = access.CanWorkOn(placement.ResponsibleId);
            return new Model(placement, establishment.Name, establishment.NameAr, child.FileNumber, $"{child.GivenName} {child.FamilyName}".Trim(),
                $"{child.GivenNameAr} {child.FamilyNameAr}".Trim(),
                reviews.Select(r => new ReviewItem(r.Id, r.DueOn, r.Status, FollowUp.IsOverdue(r.Status, r.DueOn, today))).ToList(),
                canWork, canWork ? placement.NextStatuses : []);
        }
    }
}
