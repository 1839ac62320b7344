using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.FollowUps;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.FollowUps;

/// <summary>
/// Follow-ups the user may see: their own (assignee "me"), or the unit's for supervisors. "overdue" = planned and due
/// before today in the unit's time zone; "soon" = planned and due within 7 days from today.
/// </summary>
public static class ListFollowUps
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Query : IRequest<Paged<Item>>
    {
        public string? Assignee { get; init; } = "me";
        public string? Due { get; init; }

        /// <summary>The previous page's <c>next</c>: the list is read by key, the first due first.</summary>
        public string? After { get; init; }

        public int PageSize { get; init; } = 20;
    }

    /// <summary>A follow-up as lists show it: what, when, for whom (the child, whether it is a case's or a placement's) and by whom.</summary>
    public sealed record Item(Guid Id, Guid? CaseId, Guid? KafalaPlacementId, Guid? EpsPlacementId, string? CaseNumber, FollowUpKind Kind, FollowUpPurpose Purpose, DateOnly DueOn, Guid? AssigneeId,
        string? AssigneeName, FollowUpStatus Status, bool Overdue, bool DueSoon)
    {
        public string? ChildGivenName { get; init; }
        public string? ChildFamilyName { get; init; }
        public string? ChildGivenNameAr { get; init; }
        public string? ChildFamilyNameAr { get; init; }
    }

    private static (DateOnly DueOn, Guid Id)? ReadCursor(string? token) =>
        Cursor.Read(token, 2) is [var day, var id] && int.TryParse(day, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
        && number <= DateOnly.MaxValue.DayNumber && Guid.TryParse(id, out var guid)
            ? (DateOnly.FromDayNumber(number), guid)
            : null;

    private static bool KnownDue(string? due) => due is null or "overdue" or "soon" or "all";

    private static bool KnownAssignee(string? assignee) => assignee is null or "me" or "unit" || Guid.TryParse(assignee, out _);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Due).Must(KnownDue).WithMessage("FollowUp.DueFilter");
            RuleFor(q => q.Assignee).Must(KnownAssignee).WithMessage("FollowUp.AssigneeFilter");
            RuleFor(q => q.After).Must(a => a is null || ReadCursor(a) is not null).WithMessage(Cursor.Invalid);
            RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        }
    }

    /// <summary>The follow-ups a list shows: whose (me, the unit for supervisors, one worker) and when (overdue, soon, all, planned).</summary>
    private static IQueryable<FollowUp> Filter(CaseDbContext db, ICurrentUser user, DateOnly today, string? assignee, string? due)
    {
        var soonUntil = today.AddDays(FollowUp.DueSoonDays);
        var unitId = user.UnitId;
        var me = user.Id;
        var followUps = db.FollowUps.AsNoTracking().Where(f => f.UnitId == unitId);
        var supervisor = user.IsInRole(Roles.Supervisor);
        followUps = assignee switch
        {
            "unit" when supervisor => followUps,
            { } id when supervisor && Guid.TryParse(id, out var other) => followUps.Where(f => f.AssigneeId == other),
            _ => followUps.Where(f => f.AssigneeId == me),
        };
        return due switch
        {
            "overdue" => followUps.Where(f => f.Status == FollowUpStatus.Planned && f.DueOn < today),
            "soon" => followUps.Where(f => f.Status == FollowUpStatus.Planned && f.DueOn >= today && f.DueOn <= soonUntil),
            "all" => followUps,
            _ => followUps.Where(f => f.Status == FollowUpStatus.Planned),
        };
    }

    public sealed class Handler(CaseDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, Paged<Item>>
    {
        public async Task<Paged<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = user.Today(clock);
            var followUps = Filter(db, user, today, query.Assignee, query.Due);

            var count = await Paging.CountAsync(followUps, cancellationToken);
            if (ReadCursor(query.After) is var (dueOn, id))
                followUps = followUps.Where(f => f.DueOn >= dueOn && (f.DueOn > dueOn || f.Id.CompareTo(id) > 0));
            // The page by key first, then the case, the placement and the child each by its primary key.
            var page = followUps.OrderBy(f => f.DueOn).ThenBy(f => f.Id).Take(query.PageSize + 1);
            var rows = await (
                    from f in page
                    join c in db.Cases on f.CaseId equals (Guid?)c.Id into cases
                    from c in cases.DefaultIfEmpty()
                    join k in db.KafalaPlacements on f.KafalaPlacementId equals (Guid?)k.Id into kafalas
                    from k in kafalas.DefaultIfEmpty()
                    join e in db.EpsPlacements on f.EpsPlacementId equals (Guid?)e.Id into placements
                    from e in placements.DefaultIfEmpty()
                    join ch in db.Children on (c != null ? c.ChildId : k != null ? k.ChildId : e!.ChildId) equals ch.Id into children
                    from ch in children.DefaultIfEmpty()
                    orderby f.DueOn, f.Id
                    select new
                    {
                        f.Id, f.CaseId, f.KafalaPlacementId, f.EpsPlacementId, f.Kind, f.Purpose, f.DueOn, f.AssigneeId, f.Status,
                        CaseNumber = c != null ? c.Number : null,
                        AssigneeName = db.Users.Where(u => u.Id == f.AssigneeId).Select(u => u.DisplayName).FirstOrDefault(),
                        Child = ch == null ? null : new { ch.GivenName, ch.FamilyName, ch.GivenNameAr, ch.FamilyNameAr },
                    })
                .ToListAsync(cancellationToken);
            return Paging.Page(rows, query.PageSize,
                r => new Item(r.Id, r.CaseId, r.KafalaPlacementId, r.EpsPlacementId, r.CaseNumber, r.Kind, r.Purpose, r.DueOn, r.AssigneeId, r.AssigneeName,
                    r.Status, FollowUp.IsOverdue(r.Status, r.DueOn, today), FollowUp.IsDueSoon(r.Status, r.DueOn, today))
                {
                    ChildGivenName = r.Child?.GivenName, ChildFamilyName = r.Child?.FamilyName, ChildGivenNameAr = r.Child?.GivenNameAr, ChildFamilyNameAr = r.Child?.FamilyNameAr,
                },
                r => Cursor.Of(r.DueOn.DayNumber, r.Id), count);
        }
    }
}
