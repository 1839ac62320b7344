using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Reference;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Reference;

public static class ListCommunes
{
    [Authorize]
    public sealed record Query : IRequest<IReadOnlyList<Model>>;

    public sealed record Model(string Code, string Name, string NameAr, Milieu Milieu, bool IsOfficialCode);

    public sealed class Handler(CaseDbContext db) : IRequestHandler<Query, IReadOnlyList<Model>>
    {
        public async Task<IReadOnlyList<Model>> Handle(Query query, CancellationToken cancellationToken) =>
            await db.Communes.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.Name)
                .Select(c => new Model(c.Code, c.Name, c.NameAr, c.Milieu, c.IsOfficialCode))
                .ToListAsync(cancellationToken);
    }
}
