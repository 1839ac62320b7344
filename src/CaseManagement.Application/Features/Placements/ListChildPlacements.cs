using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Placements;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Placements;

/// <summary>The placements of a child (kafala and EPS), for the child's file.</summary>
public static class ListChildPlacements
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Query(Guid ChildId) : IRequest<Model>;

    public sealed record Model(IReadOnlyList<KafalaItem> Kafala, IReadOnlyList<EpsItem> Eps);

    public sealed record KafalaItem(Guid Id, KafalaStatus Status, string? Kafil, DateOnly? HandOverDate);

    public sealed record EpsItem(Guid Id, string Establishment, string EstablishmentAr, EpsStatus Status, DateOnly AdmittedOn, DateOnly? ExitDate);

    public sealed class Handler(CaseDbContext db, PlacementAccess access) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var kafala = await access.Kafalas.AsNoTracking().Where(p => p.ChildId == query.ChildId)
                .OrderByDescending(p => p.CreatedAt).ToListAsync(cancellationToken);
            var eps = await (from p in access.EpsPlacements.AsNoTracking()
                             join e in db.Establishments on p.EstablishmentId equals e.Id
                             where p.ChildId == query.ChildId
                             orderby p.AdmittedOn descending
                             select new EpsItem(p.Id, e.Name, e.NameAr, p.Status, p.AdmittedOn, p.ExitDate)).ToListAsync(cancellationToken);
            return new Model(kafala.Select(k => new KafalaItem(k.Id, k.Status, k.Kafils.FirstOrDefault()?.FullName, k.Procedure.HandOverDate)).ToList(), eps);
        }
    }
}
