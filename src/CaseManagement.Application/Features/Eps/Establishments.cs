using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.FollowUps;
using CaseManagement.Domain.Placements;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Eps;

public sealed record EstablishmentModel(Guid Id, string Name, string NameAr, EstablishmentCategory Category, int Capacity, int Present,
    string? CommuneCode, bool IsActive);

public static class ListEstablishments
{
    [Authorize(Roles = Roles.SocialWorker + "," + Roles.Supervisor + "," + Roles.Administrator)]
    public sealed record Query : IRequest<IReadOnlyList<EstablishmentModel>>;

    public sealed class Handler(CaseDbContext db) : IRequestHandler<Query, IReadOnlyList<EstablishmentModel>>
    {
        public async Task<IReadOnlyList<EstablishmentModel>> Handle(Query query, CancellationToken cancellationToken) =>
            await db.Establishments.AsNoTracking().OrderBy(e => e.Name)
                .Select(e => new EstablishmentModel(e.Id, e.Name, e.NameAr, e.Category, e.Capacity,
                    db.EpsPlacements.Count(p => p.EstablishmentId == e.Id && p.Status != EpsStatus.Exited), e.CommuneCode, e.IsActive))
                .ToListAsync(cancellationToken);
    }
}

/// <summary>Adds (no id) or corrects (id and version) an establishment of the registry. Supervisors and administrators.</summary>
public static class SaveEstablishment
{
    [Authorize(Roles = Roles.Supervisor + "," + Roles.Administrator)]
    public sealed record Command : ICommand<Guid>
    {
        public Guid? Id { get; set; }
        public string? Name { get; set; }
        public string? NameAr { get; set; }
        public EstablishmentCategory Category { get; set; }
        public string? AuthorisationNumber { get; set; }
        public DateOnly? AuthorisationDate { get; set; }
        public string? ManagingBody { get; set; }
        public int Capacity { get; set; }
        public int? CapacityGirls { get; set; }
        public int? CapacityBoys { get; set; }
        public int? AgeMin { get; set; }
        public int? AgeMax { get; set; }
        public string? CommuneCode { get; set; }
        public string? Director { get; set; }
        public string? Contacts { get; set; }
        public DateOnly? LastInspectionOn { get; set; }
        public DateOnly? ProjectOn { get; set; }
        public DateOnly? InternalRulesOn { get; set; }
        public bool IsActive { get; set; } = true;
        public string? Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(CaseDbContext db)
        {
            RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
            RuleFor(c => c.NameAr).NotEmpty().MaximumLength(200);
            RuleFor(c => c.Category).IsInEnum();
            RuleFor(c => c.Capacity).InclusiveBetween(0, 10_000);
            RuleFor(c => c.AgeMin).InclusiveBetween(0, 25);
            RuleFor(c => c.AgeMax).InclusiveBetween(0, 25);
            RuleFor(c => c.AuthorisationNumber).MaximumLength(64);
            RuleFor(c => c.ManagingBody).MaximumLength(200);
            RuleFor(c => c.Director).MaximumLength(200);
            RuleFor(c => c.Contacts).MaximumLength(500);
            RuleFor(c => c.CommuneCode)
                .MustAsync(async (code, ct) => string.IsNullOrEmpty(code) || await db.Communes.AnyAsync(x => x.Code == code, ct))
                .WithMessage("Child.UnknownCommune");
            RuleFor(c => c.Version).NotEmpty().Must(VersionToken.IsValid).When(c => c.Id is not null);
        }
    }

    public sealed class Handler(CaseDbContext db) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command c, CancellationToken cancellationToken)
        {
            Establishment establishment;
            if (c.Id is null)
            {
                establishment = new Establishment(c.Name!, c.NameAr!, c.Category, c.Capacity);
                db.Establishments.Add(establishment);
            }
            else
            {
                establishment = await db.Establishments.SingleOrDefaultAsync(e => e.Id == c.Id, cancellationToken)
                                ?? throw new NotFoundException(nameof(Establishment), c.Id);
                db.ExpectVersion(establishment, c.Version!);
            }

            establishment.Change(c.Name!, c.NameAr!, c.Category, c.AuthorisationNumber, c.AuthorisationDate, c.ManagingBody, c.Capacity, c.CapacityGirls,
                c.CapacityBoys, c.AgeMin, c.AgeMax, c.CommuneCode, c.Director, c.Contacts, c.LastInspectionOn, c.ProjectOn, c.InternalRulesOn, c.IsActive);
            return establishment.Id;
        }
    }
}

/// <summary>
/// An establishment's page: occupancy against capacity, reviews overdue, incidents of the last 12 months, and — for
/// supervisors only — the children of the unit present there.
/// </summary>
public static class GetEstablishment
{
    [Authorize(Roles = Roles.SocialWorker + "," + Roles.Supervisor + "," + Roles.Administrator)]
    public sealed record Query(Guid Id) : IRequest<Model>;

    public sealed record Model(Establishment Establishment, int Present, int OverdueReviews, IReadOnlyList<IncidentItem> RecentIncidents,
        IReadOnlyList<ChildItem>? Children, string Version);

    public sealed record IncidentItem(Guid PlacementId, DateOnly Date, IncidentKind Kind);

    public sealed record ChildItem(Guid PlacementId, Guid ChildId, string FileNumber, string? Name, string? NameAr, EpsStatus Status, DateOnly AdmittedOn);

    public sealed class Handler(CaseDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Model>
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
            if (user.IsInRole(Roles.Supervisor))
            {
                var unitId = user.UnitId;
                children = await (from p in open
                                  join c in db.Children on p.ChildId equals c.Id
                                  where p.UnitId == unitId
                                  orderby p.AdmittedOn
                                  select new ChildItem(p.Id, c.Id, c.FileNumber, c.GivenName + " " + c.FamilyName, c.GivenNameAr + " " + c.FamilyNameAr,
                                      p.Status, p.AdmittedOn)).ToListAsync(cancellationToken);
            }

            return new Model(row.Establishment, present, overdue, incidents, children, VersionToken.Encode(row.Version));
        }
    }
}
