using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Reference;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Reference;

public static class ListAllCommunes
{
    /// <summary>Every commune, retired ones included, for the administrators' reference-data page.</summary>
    [Authorize(Roles = Roles.Administrator)]
    public sealed record Query : IRequest<IReadOnlyList<Model>>;

    public sealed record Model(string Code, string Name, string NameAr, Milieu Milieu, bool IsOfficialCode, bool IsActive, string Version);

    public sealed class Handler(CaseDbContext db) : IRequestHandler<Query, IReadOnlyList<Model>>
    {
        public async Task<IReadOnlyList<Model>> Handle(Query query, CancellationToken cancellationToken) =>
            await db.Communes.AsNoTracking().OrderBy(c => c.Milieu).ThenBy(c => c.Name)
                .Select(c => new Model(c.Code, c.Name, c.NameAr, c.Milieu, c.IsOfficialCode, c.IsActive,
                    VersionToken.Encode(EF.Property<byte[]>(c, CaseDbContext.VersionProperty))))
                .ToListAsync(cancellationToken);
    }
}
