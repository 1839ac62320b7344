using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Audit;

public static class ListAudit
{
    /// <summary>
    /// The audit trail a user may see: supervisors, their unit's records (who read or changed which child);
    /// administrators, sign-ins and configuration changes. Newest first.
    /// </summary>
    [Validation.Stores(typeof(Domain.Auditing.AuditEntry))]
    [Authorize(Roles = Roles.AuditReaders)]
    public sealed record Query : IRequest<Paged<Item>>
    {
        public string? SubjectType { get; init; }
        public string? SubjectId { get; init; }
        public AuditAction? Action { get; init; }
        public int Page { get; init; } = 1;
        public int PageSize { get; init; } = 50;
    }

    public sealed record Item(
        long Id, AuditAction Action, Guid? UserId, string? UserName, DateTimeOffset At, string SubjectType, string? SubjectId,
        string? IpAddress, string? ChangedFields);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
            RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
            RuleFor(q => q.SubjectType).MaximumLength(64);
            RuleFor(q => q.SubjectId).MaximumLength(64);
        }
    }

    private static readonly AuditAction[] SignInActions = [AuditAction.Login, AuditAction.LoginFailed, AuditAction.Logout];
    private static readonly string[] ConfigurationSubjects = ["Unit", "AppUser", "User"];

    public sealed class Handler(CaseDbContext db, ICurrentUser user) : IRequestHandler<Query, Paged<Item>>
    {
        public async Task<Paged<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var entries = db.AuditEntries.AsNoTracking();
            if (user.IsInRole(Roles.Supervisor))
            {
                var unitId = user.UnitId;
                entries = entries.Where(e => e.UnitId == unitId && !SignInActions.Contains(e.Action) && !ConfigurationSubjects.Contains(e.SubjectType));
            }
            else
            {
                entries = entries.Where(e => SignInActions.Contains(e.Action) || ConfigurationSubjects.Contains(e.SubjectType));
            }

            if (!string.IsNullOrWhiteSpace(query.SubjectType))
                entries = entries.Where(e => e.SubjectType == query.SubjectType);
            if (!string.IsNullOrWhiteSpace(query.SubjectId))
            {
                var subjectId = Guid.TryParse(query.SubjectId, out var id) ? id.ToString() : query.SubjectId;
                entries = entries.Where(e => e.SubjectId == subjectId);
            }
            if (query.Action is { } action)
                entries = entries.Where(e => e.Action == action);

            var total = await entries.CountAsync(cancellationToken);
            var items = await entries
                .OrderByDescending(e => e.Id)
                .Skip((query.Page - 1) * query.PageSize)
                .Take(query.PageSize)
                .Select(e => new Item(e.Id, e.Action, e.UserId, db.Users.Where(u => u.Id == e.UserId).Select(u => u.DisplayName).FirstOrDefault(),
                    e.At, e.SubjectType, e.SubjectId, e.IpAddress, e.ChangedFields))
                .ToListAsync(cancellationToken);
            return new Paged<Item>(items, total, query.Page, query.PageSize);
        }
    }
}
