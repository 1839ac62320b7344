using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Activities;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Activities;

/// <summary>One activity of the user's unit, with the version an edit must carry.</summary>
public static class GetActivity
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Query(Guid Id) : IRequest<Model>;

    public sealed record Model(Guid Id, DateOnly Date, ActivityType Type, CoordinationKind? CoordinationKind, string Place, string? CommuneCode,
        Domain.Reference.Milieu? Milieu, Participants Participants, decimal Hours, string Topic, string? Organisers, int? PlacesReached,
        IReadOnlyList<Trainee> Trainees, string Version);

    public sealed class Handler(CaseDbContext db, ICurrentUser user) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var unitId = user.UnitId;
            var row = await db.Activities.AsNoTracking().Where(a => a.Id == query.Id && a.UnitId == unitId)
                          .Select(a => new { Activity = a, Version = EF.Property<byte[]>(a, CaseDbContext.VersionProperty) })
                          .SingleOrDefaultAsync(cancellationToken)
                      ?? throw new NotFoundException(nameof(Activity), query.Id);
            var a = row.Activity;
            return new Model(a.Id, a.Date, a.Type, a.CoordinationKind, a.Place, a.CommuneCode, a.Milieu, a.Participants, a.Hours, a.Topic, a.Organisers,
                a.PlacesReached, a.Trainees, VersionToken.Encode(row.Version));
        }
    }
}
