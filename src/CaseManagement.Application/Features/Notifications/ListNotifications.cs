using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Notifications;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Notifications;

/// <summary>The user's own notifications, newest first, read by key (<see cref="Query.After"/> is the previous page's <c>Next</c>).</summary>
public static class ListNotifications
{
    [Authorize]
    public sealed record Query(bool UnreadOnly = false, string? After = null, int PageSize = 50) : IRequest<Model>;

    public sealed record Model(IReadOnlyList<Item> Items, string? Next, bool EmailNotifications);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.After).Must(a => a is null || ReadCursor(a) is not null).WithMessage(Cursor.Invalid);
            RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        }
    }

    private static (DateTimeOffset At, Guid Id)? ReadCursor(string? token) =>
        Cursor.TryRead(token, out var at, out var id) && Guid.TryParse(id, out var guid) ? (at, guid) : null;

    public sealed record Item(Guid Id, ReminderRule Kind, string SubjectType, Guid SubjectId, string Reference, DateOnly DueOn, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

    public sealed class Handler(CaseDbContext db, ICurrentUser user) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var me = user.Id;
            var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == me);
            if (query.UnreadOnly)
                mine = mine.Where(n => n.ReadAt == null);
            if (ReadCursor(query.After) is var (at, id))
                mine = mine.Where(n => n.CreatedAt <= at && (n.CreatedAt < at || n.Id.CompareTo(id) < 0));
            var rows = await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(query.PageSize + 1)
                .Select(n => new Item(n.Id, n.Rule, n.SubjectType, n.SubjectId, n.Reference, n.DueOn, n.CreatedAt, n.ReadAt))
                .ToListAsync(cancellationToken);
            var page = Paging.Page(rows, query.PageSize, r => r, r => Cursor.Of(r.CreatedAt, r.Id.ToString()), default);
            var email = await db.Users.Where(u => u.Id == me).Select(u => u.EmailNotifications).SingleAsync(cancellationToken);
            return new Model(page.Items, page.Next, email);
        }
    }
}
