using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Users;

/// <summary>
/// The accounts, by name, read by key (a national service has thousands): all of them or one unit's, a page at a time,
/// with a capped count. <see cref="GetUser"/> reads one.
/// </summary>
public static class ListUsers
{
    [Authorize(Roles = Roles.Administrator)]
    public sealed record Query : IRequest<Paged<UserModel>>
    {
        public Guid? UnitId { get; init; }
        public string? After { get; init; }
        public int PageSize { get; init; } = 50;
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.After).Must(a => a is null || ReadCursor(a) is not null).WithMessage(Cursor.Invalid);
            RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        }
    }

    private static (string Name, Guid Id)? ReadCursor(string? token) =>
        Cursor.Read(token, 2) is [var name, var id] && Guid.TryParse(id, out var guid) ? (name, guid) : null;

    public sealed class Handler(CaseDbContext db, TimeProvider clock) : IRequestHandler<Query, Paged<UserModel>>
    {
        public async Task<Paged<UserModel>> Handle(Query query, CancellationToken cancellationToken)
        {
            var users = db.Users.AsNoTracking();
            if (query.UnitId is { } unitId)
                users = users.Where(u => u.UnitId == unitId);
            var count = await Paging.CountAsync(users, cancellationToken);
            if (ReadCursor(query.After) is var (name, id))
                users = users.Where(u => u.DisplayName.CompareTo(name) > 0 || (u.DisplayName == name && u.Id.CompareTo(id) > 0));
            var rows = await users.OrderBy(u => u.DisplayName).ThenBy(u => u.Id).Take(query.PageSize + 1).Models(db, clock).ToListAsync(cancellationToken);
            return Paging.Page(rows, query.PageSize, u => u, u => Cursor.Of(u.DisplayName, u.Id), count);
        }
    }

    /// <summary>The users as administrators see them, with their unit's or province's code and their role.</summary>
    internal static IQueryable<UserModel> Models(this IQueryable<AppUser> users, CaseDbContext db, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return from u in users
               select new UserModel(u.Id, u.Email ?? string.Empty, u.DisplayName,
                   (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id select r.Name).FirstOrDefault() ?? string.Empty,
                   u.UnitId, db.Units.Where(x => x.Id == u.UnitId).Select(x => x.Code).FirstOrDefault(), u.IsActive, u.LockoutEnd > now)
               {
                   ProvinceId = u.ProvinceId,
                   ProvinceCode = db.Provinces.Where(x => x.Id == u.ProvinceId).Select(x => x.Code).FirstOrDefault(),
                   PreferredCulture = u.PreferredCulture,
                   LastSignInAt = u.LastSignInAt,
                   TwoFactorEnabled = u.TwoFactorEnabled,
               };
    }
}

/// <summary>One account as administrators see it (its edit page).</summary>
public static class GetUser
{
    [Authorize(Roles = Roles.Administrator)]
    public sealed record Query(Guid Id) : IRequest<UserModel>;

    public sealed class Handler(CaseDbContext db, TimeProvider clock) : IRequestHandler<Query, UserModel>
    {
        public async Task<UserModel> Handle(Query query, CancellationToken cancellationToken) =>
            await db.Users.AsNoTracking().Where(u => u.Id == query.Id).Models(db, clock).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("User", query.Id);
    }
}
