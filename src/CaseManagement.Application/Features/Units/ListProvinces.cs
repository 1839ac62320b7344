using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Units;

/// <summary>The provinces (reference data of the administrators): units belong to one, report readers too.</summary>
public static class ListProvinces
{
    [Authorize(Roles = Roles.Administrator)]
    public sealed record Query : IRequest<IReadOnlyList<ProvinceModel>>;

    public sealed class Handler(CaseDbContext db) : IRequestHandler<Query, IReadOnlyList<ProvinceModel>>
    {
        public async Task<IReadOnlyList<ProvinceModel>> Handle(Query query, CancellationToken cancellationToken) =>
            await db.Provinces.AsNoTracking().OrderBy(p => p.Code)
                .Select(p => new ProvinceModel(p.Id, p.Code, p.Name, p.NameAr, VersionToken.Encode(EF.Property<byte[]>(p, CaseDbContext.VersionProperty))))
                .ToListAsync(cancellationToken);
    }
}
