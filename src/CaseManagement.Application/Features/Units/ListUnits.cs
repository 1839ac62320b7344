using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Units;

public static class ListUnits
{
    [Authorize(Roles = Roles.Administrator)]
    public sealed record Query : IRequest<IReadOnlyList<UnitModel>>;

    public sealed class Handler(CaseDbContext db) : IRequestHandler<Query, IReadOnlyList<UnitModel>>
    {
        public async Task<IReadOnlyList<UnitModel>> Handle(Query query, CancellationToken cancellationToken) =>
            await db.Units.AsNoTracking().OrderBy(u => u.Code)
                .Select(u => new UnitModel(u.Id, u.Name, u.NameAr, u.Code, u.TimeZoneId, VersionToken.Encode(EF.Property<byte[]>(u, CaseDbContext.VersionProperty)), u.Standards, u.Reminders)
                {
                    ProvinceId = u.ProvinceId,
                    SecondApproverId = u.SecondApproverId,
                })
                .ToListAsync(cancellationToken);
    }
}
