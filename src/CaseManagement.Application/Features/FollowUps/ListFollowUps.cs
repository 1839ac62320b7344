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
    public sealed record Query : IRequest<IReadOnlyList<Item>>
    {
        public string? Assignee { get; init; } = "me";
        public string? Due { get; init; }

        /// <summary>How many, the first due first (a home page shows 20).</summary>
        public int Take { get; init; } = MaxTake;
    }

    public const int MaxTake = 500;

    /// <summary>How many follow-ups a list would hold, counted up to <see cref="CountCap"/> (more is shown as "more than").</summary>
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Count(string? Assignee, string? Due) : IRequest<int>;

    public const int CountCap = 1_000;

    /// <summary>A follow-up with what it belongs to: a case (its number) or a placement.</summary>
    public sealed record Item(Guid Id, Guid? CaseId, Guid? KafalaPlacementId, Guid? EpsPlacementId, string? CaseNumber, FollowUpKind Kind, FollowUpPurpose Purpose, DateOnly DueOn, Guid? AssigneeId,
        string? AssigneeName, FollowUpStatus Status, bool Overdue, bool DueSoon);

    private static bool KnownDue(string? due) => due is null or "overdue" or "soon" or "all";

    private static bool KnownAssignee(string? assignee) => assignee is null or "me" or "unit" || Guid.TryParse(assignee, out _);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Due).Must(KnownDue).WithMessage("FollowUp.DueFilter");
            RuleFor(q => q.Assignee).Must(KnownAssignee).WithMessage("FollowUp.AssigneeFilter");
            RuleFor(q => q.Take).InclusiveBetween(1, MaxTake);
        }
    }

    public sealed class CountValidator : AbstractValidator<Count>
    {
        public CountValidator()
        {
            RuleFor(q => q.Due).Must(KnownDue).WithMessage("FollowUp.DueFilter");
            RuleFor(q => q.Assignee).Must(KnownAssignee).WithMessage("FollowUp.AssigneeFilter");
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

    public sealed class CountHandler(CaseDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Count, int>
    {
        public Task<int> Handle(Count query, CancellationToken cancellationToken) =>
            Filter(db, user, user.Today(clock), query.Assignee, query.Due).Take(CountCap + 1).CountAsync(cancellationToken);
    }

    public sealed class Handler(CaseDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Query, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = user.Today(clock);
            var followUps = Filter(db, user, today, query.Assignee, query.Due);

            var rows = await followUps.OrderBy(f => f.DueOn).ThenBy(f => f.Id).Take(query.Take)
                .Select(f => new
                {
                    f.Id, f.CaseId, f.KafalaPlacementId, f.EpsPlacementId, f.Kind, f.Purpose, f.DueOn, f.AssigneeId, f.Status,
                    CaseNumber = db.Cases.Where(c => c.Id == f.CaseId).Select(c => c.Number).FirstOrDefault(),
                    AssigneeName = db.Users.Where(u => u.Id == f.AssigneeId).Select(u => u.DisplayName).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);
            return rows.Select(r => new Item(r.Id, r.CaseId, r.KafalaPlacementId, r.EpsPlacementId, r.CaseNumber, r.Kind, r.Purpose, r.DueOn, r.AssigneeId, r.AssigneeName,
                r.Status, FollowUp.IsOverdue(r.Status, r.DueOn, today), FollowUp.IsDueSoon(r.Status, r.DueOn, today))).ToList();
        }
    }
}
