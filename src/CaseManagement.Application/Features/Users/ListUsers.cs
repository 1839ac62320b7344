using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Users;

public static class ListUsers
{
    [Authorize(Roles = Roles.Administrator)]
    public sealed record Query : IRequest<IReadOnlyList<UserModel>>;

    public sealed class Handler(CaseDbContext db, TimeProvider clock) : IRequestHandler<Query, IReadOnlyList<UserModel>>
    {
        public async Task<IReadOnlyList<UserModel>> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var rows = await (from u in db.Users.AsNoTracking()
                              orderby u.DisplayName
                              select new
                              {
                                  u.Id, u.Email, u.DisplayName, u.UnitId, u.ProvinceId, u.IsActive, u.LockoutEnd, u.PreferredCulture, u.LastSignInAt, u.TwoFactorEnabled,
                                  UnitCode = db.Units.Where(x => x.Id == u.UnitId).Select(x => x.Code).FirstOrDefault(),
                                  ProvinceCode = db.Provinces.Where(x => x.Id == u.ProvinceId).Select(x => x.Code).FirstOrDefault(),
                                  Role = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id select r.Name).FirstOrDefault(),
                              }).ToListAsync(cancellationToken);
            return rows.Select(r => new UserModel(r.Id, r.Email ?? string.Empty, r.DisplayName, r.Role ?? string.Empty, r.UnitId, r.UnitCode,
                r.IsActive, r.LockoutEnd > now) {
                ProvinceId = r.ProvinceId, ProvinceCode = r.ProvinceCode, PreferredCulture = r.PreferredCulture, LastSignInAt = r.LastSignInAt,
                TwoFactorEnabled = r.TwoFactorEnabled,
            }).ToList();
        }
    }
}
