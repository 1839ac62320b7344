using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Partners;

/// <summary>The partner directory, for whoever refers cases or manages reference data.</summary>
public static class ListPartners
{
    [Authorize(Roles = Roles.PartnerReaders)]
    public sealed record Query(bool IncludeInactive = false) : IRequest<IReadOnlyList<PartnerModel>>;

    public sealed class Handler(CaseDbContext db) : IRequestHandler<Query, IReadOnlyList<PartnerModel>>
    {
        public async Task<IReadOnlyList<PartnerModel>> Handle(Query query, CancellationToken cancellationToken)
        {
            var partners = await db.Partners.AsNoTracking().Where(p => query.IncludeInactive || p.IsActive).OrderBy(p => p.Name)
                .Select(p => new { Partner = p, Version = EF.Property<byte[]>(p, CaseDbContext.VersionProperty) })
                .ToListAsync(cancellationToken);
            return partners.Select(x => new PartnerModel(x.Partner.Id, x.Partner.Name, x.Partner.NameAr, x.Partner.Type, x.Partner.Services,
                x.Partner.CommuneCode, x.Partner.Contact, x.Partner.IsActive, VersionToken.Encode(x.Version))).ToList();
        }
    }
}
