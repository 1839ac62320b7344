using CaseManagement.Application.Auditing;
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

/// <summary>
/// An establishment's page: occupancy against capacity, reviews overdue, incidents of the last 12 months, and — for
/// supervisors only — the children of the unit present there.
/// </summary>
public static class GetEstablishment
{
    [Authorize(Roles = Roles.PartnerReaders)]
    public sealed record Query(Guid Id) : IRequest<Model>, IAuditedSearch;

    public sealed record Model(Establishment Establishment, int Present, int OverdueReviews, IReadOnlyList<IncidentItem> RecentIncidents,
        IReadOnlyList<ChildItem>? Children, string Version);

    public sealed record IncidentItem(Guid PlacementId, DateOnly Date, IncidentKind Kind);

    public sealed record ChildItem(Guid PlacementId, Guid ChildId, string FileNumber, string? Name, string? NameAr, EpsStatus Status, DateOnly AdmittedOn);

    public sealed class Handler(CaseDbContext db, PlacementAccess access, ICurrentUser user, TimeProvider clock, AuditTrail audit) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var row = await db.Establishments.AsNoTracking().Where(e => e.Id == query.Id)
                .Select(e => new { Establishment = e, Version = EF.Property<byte[]>(e, CaseDbContext.VersionProperty) })
                .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException(nameof(Establishment), query.Id);
            var today = user.Today(clock);
            var open = db.EpsPlacements.AsNoTracking().Where(p => p.EstablishmentId == query.Id && p.Status != EpsStatus.Exited);
            var present = await open.CountAsync(cancellationToken);
            var overdue = await db.FollowUps.CountAsync(f => f.EpsPlacementId != null && f.Status == FollowUpStatus.Planned && f.DueOn < today
                                                             && open.Any(p => p.Id == f.EpsPlacementId), cancellationToken);
            var since = today.AddMonths(-12);
            var placements = await db.EpsPlacements.AsNoTracking().Where(p => p.EstablishmentId == query.Id).ToListAsync(cancellationToken);
            var incidents = placements.SelectMany(p => p.Incidents.Where(i => i.Date >= since).Select(i => new IncidentItem(p.Id, i.Date, i.Kind)))
                .OrderByDescending(i => i.Date).ToList();

            IReadOnlyList<ChildItem>? children = null;
            if (access.IsSupervisor) // the children placed there by the unit, named: for its supervisors
            {
                children = await (from p in access.EpsPlacements.AsNoTracking()
                                  join c in db.Children on p.ChildId equals c.Id
                                  where p.EstablishmentId == query.Id && p.Status != EpsStatus.Exited
                                  orderby p.AdmittedOn
                                  select new ChildItem(p.Id, c.Id, c.FileNumber, c.GivenName + " " + c.FamilyName, c.GivenNameAr + " " + c.FamilyNameAr,
                                      p.Status, p.AdmittedOn)).ToListAsync(cancellationToken);
                audit.RecordSearch("EstablishmentChildren", children.Select(c => c.ChildId));
            }

            return new Model(row.Establishment, present, overdue, incidents, children, VersionToken.Encode(row.Version));
        }
    }
}
