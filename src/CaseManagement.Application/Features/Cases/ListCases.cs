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

/// <summary>The cases the user works on, filtered by status and assignee ("me", "none" or a user id); urgent first, then oldest.</summary>
public static class ListCases
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Query : IRequest<Paged<Item>>, IAuditedSearch
    {
        public CaseStatus? Status { get; init; }
        public string? AssignedTo { get; init; }
        public Guid? ChildId { get; init; }
        public bool ActiveOnly { get; init; }
        public int Page { get; init; } = 1;
        public int PageSize { get; init; } = 20;
    }

    public sealed record Item(Guid Id, string Number, Guid ChildId, string? ChildName, string? ChildNameAr, CaseStatus Status, bool Urgent,
        RiskLevel RiskLevel, string? PrimaryConcern, Guid? AssignedTo, string? AssignedToName, DateTimeOffset ReceivedAt, DateOnly? NextFollowUpOn);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
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
                cases = cases.Where(c => c.Status != CaseStatus.Closed && c.Status != CaseStatus.NotRetained);
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

            var total = await cases.CountAsync(cancellationToken);
            var items = await cases
                .OrderByDescending(c => c.Urgent).ThenBy(c => c.CreatedAt)
                .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
                .Select(c => new Item(
                    c.Id, c.Number, c.ChildId,
                    db.Children.Where(x => x.Id == c.ChildId).Select(x => x.GivenName + " " + x.FamilyName).FirstOrDefault(),
                    db.Children.Where(x => x.Id == c.ChildId).Select(x => x.GivenNameAr + " " + x.FamilyNameAr).FirstOrDefault(),
                    c.Status, c.Urgent, c.RiskLevel,
                    c.Concerns.Where(x => x.IsPrimary).Select(x => x.Code).FirstOrDefault(),
                    c.AssignedTo,
                    db.Users.Where(u => u.Id == c.AssignedTo).Select(u => u.DisplayName).FirstOrDefault(),
                    c.Intake.ReceivedAt,
                    db.FollowUps.Where(f => f.CaseId == c.Id && f.Status == FollowUpStatus.Planned).Min(f => (DateOnly?)f.DueOn)))
                .ToListAsync(cancellationToken);
            audit.RecordSearch("CaseList", items.Select(i => i.Id));
            return new Paged<Item>(items, total, query.Page, query.PageSize);
        }
    }
}
