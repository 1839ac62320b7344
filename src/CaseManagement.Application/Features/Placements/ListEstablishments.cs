using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Placements;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Placements;

public static class ListEstablishments
{
    [Authorize(Roles = Roles.PartnerReaders)]
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
