using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Audit;

/// <summary>
/// The audit trail as people read it, newest first, a page at a time by key (it holds millions of lines): supervisors
/// see their unit's records — each named as people know it (the child's file number and name, the case number) — and
/// administrators sign-ins and configuration. Filters: one record (its access log), a person, an action, a period.
/// </summary>
public static class ListAudit
{
    [Validation.Stores(typeof(AuditEntry))]
    [Authorize(Roles = Roles.AuditReaders)]
    public sealed record Query : IRequest<Page>
    {
        public string? SubjectType { get; init; }
        public Guid? SubjectId { get; init; }
        public Guid? UserId { get; init; }
        public AuditAction? Action { get; init; }

        /// <summary>First and last day, in the unit's time zone.</summary>
        public DateOnly? From { get; init; }
        public DateOnly? To { get; init; }

        /// <summary>The last line of the previous page: the next page starts below it.</summary>
        public long? After { get; init; }
        public int PageSize { get; init; } = 50;
    }

    /// <summary>
    /// One line. <see cref="Reference"/> names the record (file number, case number, user, unit code…);
    /// <see cref="ChildId"/>/<see cref="CaseId"/> let the page link to it and show the child's name.
    /// </summary>
    public sealed record Item
    {
        public long Id { get; init; }
        public DateTimeOffset At { get; init; }
        public AuditAction Action { get; init; }
        public Guid? UserId { get; init; }
        public string? UserName { get; init; }
        public string SubjectType { get; init; } = string.Empty;
        public Guid? SubjectId { get; init; }
        public string? Reference { get; init; }
        public Guid? ChildId { get; init; }
        public Guid? CaseId { get; init; }
        public string? ChildName { get; init; }
        public string? ChildNameAr { get; init; }
        public string? ChangedFields { get; init; }
        public string? Detail { get; init; }
        public string? IpAddress { get; init; }
    }

    public sealed record Page(IReadOnlyList<Item> Items, long? Next);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
            RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage("Audit.PeriodReversed");
            RuleFor(q => q.After).GreaterThan(0).When(q => q.After is not null);
        }
    }

    private static readonly AuditAction[] SignInActions = [AuditAction.Login, AuditAction.LoginFailed, AuditAction.Logout];
    private static readonly string[] ConfigurationSubjects = ["Unit", "Province", "AppUser", "User"];


    public sealed class Handler(CaseDbContext db, ICurrentUser user) : IRequestHandler<Query, Page>
    {
        public async Task<Page> Handle(Query query, CancellationToken cancellationToken)
        {
            var entries = db.AuditEntries.AsNoTracking();
            var supervisor = user.IsInRole(Roles.Supervisor);
            if (supervisor)
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
            if (query.SubjectId is { } subjectId)
                entries = entries.Where(e => e.SubjectId == subjectId);
            if (query.UserId is { } person)
                entries = entries.Where(e => e.UserId == person);
            if (query.Action is { } action)
                entries = entries.Where(e => e.Action == action);
            if (query.From is { } from)
            {
                var start = UnitClock.StartOf(from, user.TimeZoneId);
                entries = entries.Where(e => e.At >= start);
            }

            if (query.To is { } to)
            {
                var end = UnitClock.StartOf(to.AddDays(1), user.TimeZoneId);
                entries = entries.Where(e => e.At < end);
            }

            if (query.After is { } after)
                entries = entries.Where(e => e.Id < after);

            // The record each line is about, found by key for the page's lines only.
            var lines = entries.OrderByDescending(e => e.Id).Take(query.PageSize + 1).Select(e => new
            {
                Entry = e,
                UserName = db.Users.Where(u => u.Id == e.UserId).Select(u => u.DisplayName).FirstOrDefault(),
                CaseId = e.SubjectType == "Case" ? e.SubjectId
                    : e.SubjectType == "CaseNote" ? db.CaseNotes.Where(x => x.Id == e.SubjectId).Select(x => (Guid?)x.CaseId).FirstOrDefault()
                    : e.SubjectType == "CaseAttachment" ? db.CaseAttachments.Where(x => x.Id == e.SubjectId).Select(x => (Guid?)x.CaseId).FirstOrDefault()
                    : e.SubjectType == "FollowUp" ? db.FollowUps.Where(x => x.Id == e.SubjectId).Select(x => x.CaseId).FirstOrDefault()
                    : e.SubjectType == "Referral" ? db.Referrals.Where(x => x.Id == e.SubjectId).Select(x => (Guid?)x.CaseId).FirstOrDefault()
                    : e.SubjectType == "ServiceDelivery" ? db.ServiceDeliveries.Where(x => x.Id == e.SubjectId).Select(x => (Guid?)x.CaseId).FirstOrDefault()
                    : null,
                ChildId = e.SubjectType == "Child" ? e.SubjectId
                    : e.SubjectType == "KafalaPlacement" || e.SubjectType == "KafalaRestricted" ? db.KafalaPlacements.Where(x => x.Id == e.SubjectId).Select(x => (Guid?)x.ChildId).FirstOrDefault()
                    : e.SubjectType == "KafalaReport" ? db.KafalaReports.Where(x => x.Id == e.SubjectId)
                        .Select(r => db.KafalaPlacements.Where(p => p.Id == r.PlacementId).Select(p => (Guid?)p.ChildId).FirstOrDefault()).FirstOrDefault()
                    : e.SubjectType == "EpsPlacement" ? db.EpsPlacements.Where(x => x.Id == e.SubjectId).Select(x => (Guid?)x.ChildId).FirstOrDefault()
                    : null,
                Other = e.SubjectType == "AppUser" || e.SubjectType == "User" ? db.Users.Where(u => u.Id == e.SubjectId).Select(u => u.Email).FirstOrDefault()
                    : e.SubjectType == "Unit" ? db.Units.Where(u => u.Id == e.SubjectId).Select(u => u.Code).FirstOrDefault()
                    : e.SubjectType == "Province" ? db.Provinces.Where(p => p.Id == e.SubjectId).Select(p => p.Code).FirstOrDefault()
                    : e.SubjectType == "Partner" ? db.Partners.Where(p => p.Id == e.SubjectId).Select(p => p.Name).FirstOrDefault()
                    : e.SubjectType == "Establishment" ? db.Establishments.Where(p => p.Id == e.SubjectId).Select(p => p.Name).FirstOrDefault()
                    : null,
            });
            var rows = await (from line in lines
                              join k in db.Cases on line.CaseId equals k.Id into ks
                              from k in ks.DefaultIfEmpty()
                              let childId = line.ChildId ?? (Guid?)k.ChildId
                              join c in db.Children on childId equals c.Id into cs
                              from c in cs.DefaultIfEmpty()
                              orderby line.Entry.Id descending
                              select new { line.Entry, line.UserName, CaseId = (Guid?)k.Id, CaseNumber = k.Number, ChildId = (Guid?)c.Id, c.FileNumber, c.GivenName, c.FamilyName,
                                  c.GivenNameAr, c.FamilyNameAr, line.Other })
                .ToListAsync(cancellationToken);

            var items = rows.Take(query.PageSize).Select(r => new Item
            {
                Id = r.Entry.Id,
                At = r.Entry.At,
                Action = r.Entry.Action,
                UserId = r.Entry.UserId,
                UserName = r.UserName,
                SubjectType = r.Entry.SubjectType,
                SubjectId = r.Entry.SubjectId,
                Reference = r.CaseNumber ?? r.FileNumber ?? r.Other,
                CaseId = r.CaseId,
                ChildId = r.ChildId,
                // The child's name, for the unit's supervisors, who may read the file anyway.
                ChildName = supervisor && r.ChildId is not null ? Join(r.GivenName, r.FamilyName) : null,
                ChildNameAr = supervisor && r.ChildId is not null ? Join(r.GivenNameAr, r.FamilyNameAr) : null,
                ChangedFields = r.Entry.ChangedFields,
                Detail = r.Entry.Detail,
                IpAddress = r.Entry.IpAddress,
            }).ToList();
            return new Page(items, rows.Count > query.PageSize ? items[^1].Id : null);
        }

        private static string? Join(string? given, string? family) =>
            string.Join(' ', new[] { given, family }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } name ? name : null;
    }
}
