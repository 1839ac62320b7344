using CaseManagement.Application.Auditing;
using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.FollowUps;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Cases;

/// <summary>
/// The cases the user works on, filtered by status and assignee ("me", "none" or a user id); urgent first, then oldest.
/// Read by key: the urgent cases after the cursor, then (if the page is not full) the others, each a range of an index
/// (unit, filter, urgent, created, number).
/// </summary>
public static class ListCases
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Query : IRequest<Paged<Item>>, IAuditedSearch
    {
        public CaseStatus? Status { get; init; }
        public string? AssignedTo { get; init; }
        public Guid? ChildId { get; init; }
        public bool ActiveOnly { get; init; }
        /// <summary>The previous page's <c>next</c>.</summary>
        public string? After { get; init; }
        public int PageSize { get; init; } = 20;
    }

    public sealed record Item(Guid Id, string Number, Guid ChildId, string? ChildName, string? ChildNameAr, CaseStatus Status, bool Urgent,
        RiskLevel RiskLevel, string? PrimaryConcern, Guid? AssignedTo, string? AssignedToName, DateTimeOffset ReceivedAt, DateOnly? NextFollowUpOn)
    {
        [System.Text.Json.Serialization.JsonIgnore]
        internal DateTimeOffset CreatedAt { get; init; }
    }

    private sealed record Position(bool Urgent, DateTimeOffset At, string Number);

    private static Position? ReadCursor(string? token) =>
        Cursor.Read(token, 3) is [var urgent and ("0" or "1"), var ticks, var number] && Cursor.Moment(ticks) is { } at
            ? new Position(urgent == "1", at, number)
            : null;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.After).Must(a => a is null || ReadCursor(a) is not null).WithMessage(Cursor.Invalid);
            RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
            RuleFor(q => q.AssignedTo).Must(a => a is null or "me" or "none" || Guid.TryParse(a, out _)).WithMessage("Case.AssignedToFilter");
            RuleFor(q => q.Status).IsInEnum();
        }
    }

    public sealed class Handler(CaseDbContext db, ICurrentUser user, AuditTrail audit) : IRequestHandler<Query, Paged<Item>>
    {
        public async Task<Paged<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var cases = db.Cases.AsNoTracking().VisibleTo(user);
            if (query.Status is { } status)
                cases = cases.Where(c => c.Status == status);
            if (query.ActiveOnly)
                cases = cases.Where(c => EF.Constant(Case.NotFinished).Contains(c.Status));
            if (query.ChildId is { } childId)
                cases = cases.Where(c => c.ChildId == childId);
            var me = user.Id;
            cases = query.AssignedTo switch
            {
                "me" => cases.Where(c => c.AssignedTo == me),
                "none" => cases.Where(c => c.AssignedTo == null),
                { } id => cases.Where(c => c.AssignedTo == Guid.Parse(id)),
                _ => cases,
            };

            var count = await Paging.CountAsync(cases, cancellationToken);
            var position = ReadCursor(query.After);
            var take = query.PageSize + 1;
            var rows = new List<Item>(take);
            if (position is null or { Urgent: true })
                rows.AddRange(await Segment(cases, true, position).Take(take).ToListAsync(cancellationToken));
            if (rows.Count < take)
                rows.AddRange(await Segment(cases, false, position is { Urgent: false } ? position : null).Take(take - rows.Count).ToListAsync(cancellationToken));
            var result = Paging.Page(rows, query.PageSize, r => r, r => Cursor.Of(r.Urgent ? "1" : "0", r.CreatedAt.UtcTicks, r.Number), count);
            audit.RecordSearch("CaseList", result.Items.Select(i => i.Id));
            return result;
        }

        /// <summary>The urgent (or other) cases after the position, oldest first.</summary>
        private IQueryable<Item> Segment(IQueryable<Case> cases, bool urgent, Position? after)
        {
            cases = cases.Where(c => c.Urgent == urgent);
            if (after is { At: var at, Number: var number })
                cases = cases.Where(c => c.CreatedAt >= at && (c.CreatedAt > at || c.Number.CompareTo(number) > 0));
            return cases
                .OrderBy(c => c.CreatedAt).ThenBy(c => c.Number)
                .Select(c => new Item(
                    c.Id, c.Number, c.ChildId,
                    db.Children.Where(x => x.Id == c.ChildId).Select(x => x.GivenName + " " + x.FamilyName).FirstOrDefault(),
                    db.Children.Where(x => x.Id == c.ChildId).Select(x => x.GivenNameAr + " " + x.FamilyNameAr).FirstOrDefault(),
                    c.Status, c.Urgent, c.RiskLevel,
                    c.Concerns.Where(x => x.IsPrimary).Select(x => x.Code).FirstOrDefault(),
                    c.AssignedTo,
                    db.Users.Where(u => u.Id == c.AssignedTo).Select(u => u.DisplayName).FirstOrDefault(),
                    c.Intake.ReceivedAt,
                    db.FollowUps.Where(f => f.CaseId == c.Id && f.Status == FollowUpStatus.Planned).Min(f => (DateOnly?)f.DueOn))
                { CreatedAt = c.CreatedAt });
        }
    }
}
