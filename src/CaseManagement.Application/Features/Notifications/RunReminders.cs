using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.FollowUps;
using CaseManagement.Domain.Notifications;
using CaseManagement.Domain.Referrals;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Notifications;

/// <summary>
/// Evaluates every reminder rule against the database, unit by unit in the unit's time zone, and creates the
/// notifications that do not exist yet. The job queue is never the source of truth: running it twice, after a restart
/// or on two servers at once creates nothing twice (a unique index on rule, record, person and date decides).
/// Sent by the reminder job, never from a page or an endpoint.
/// </summary>
public static class RunReminders
{
    [SystemJob]
    public sealed record Command : IRequest<Result>;

    public sealed record Result(int Created);

    internal sealed record Candidate(Guid UserId, Guid UnitId, ReminderRule Rule, string SubjectType, Guid SubjectId, DateOnly DueOn, string Reference);

    public sealed class Handler(CaseDbContext db, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var created = 0;
            var units = await db.Units.AsNoTracking().ToListAsync(cancellationToken);
            foreach (var unit in units)
            {
                var candidates = await CandidatesAsync(unit, cancellationToken);
                created += await InsertMissingAsync(candidates, cancellationToken);
            }

            return new Result(created);
        }

        private async Task<List<Candidate>> CandidatesAsync(Domain.Units.Unit unit, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var today = UnitClock.Today(clock, unit.TimeZoneId);
            var settings = unit.Reminders;
            var supervisors = await db.Users.AsNoTracking()
                .Where(u => u.UnitId == unit.Id && u.IsActive
                            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Supervisor)))
                .Select(u => u.Id).ToListAsync(ct);
            var list = new List<Candidate>();
            void To(IEnumerable<Guid> users, ReminderRule rule, string type, Guid id, DateOnly due, string reference) =>
                list.AddRange(users.Distinct().Select(u => new Candidate(u, unit.Id, rule, type, id, due, reference)));

            // Follow-ups (of cases and of placements): due soon, overdue, escalated, late evaluation or plan, kafala re-alert.
            var soonUntil = today.AddDays(settings.DueSoonDays);
            var followUps = await (from f in db.FollowUps.AsNoTracking()
                                   where f.UnitId == unit.Id && f.Status == FollowUpStatus.Planned && f.DueOn <= soonUntil
                                   select new
                                   {
                                       f.Id, f.DueOn, f.AssigneeId, f.Purpose,
                                       Reference = f.CaseId != null
                                           ? db.Cases.Where(c => c.Id == f.CaseId).Select(c => c.Number).FirstOrDefault()
                                           : f.KafalaPlacementId != null
                                               ? db.KafalaPlacements.Where(k => k.Id == f.KafalaPlacementId).Join(db.Children, k => k.ChildId, c => c.Id, (k, c) => c.FileNumber).FirstOrDefault()
                                               : db.EpsPlacements.Where(e => e.Id == f.EpsPlacementId).Join(db.Children, e => e.ChildId, c => c.Id, (e, c) => c.FileNumber).FirstOrDefault(),
                                   }).ToListAsync(ct);
            foreach (var f in followUps)
            {
                var reference = f.Reference ?? string.Empty;
                var owners = f.AssigneeId is { } a ? [a] : supervisors;
                if (f.DueOn >= today)
                {
                    To(owners, ReminderRule.FollowUpDueSoon, nameof(FollowUp), f.Id, f.DueOn, reference);
                    continue;
                }

                To(owners, ReminderRule.FollowUpOverdue, nameof(FollowUp), f.Id, f.DueOn, reference);
                if (f.DueOn.AddDays(settings.EscalationDays) <= today)
                    To(supervisors, ReminderRule.FollowUpOverdueEscalated, nameof(FollowUp), f.Id, f.DueOn, reference);
                switch (f.Purpose)
                {
                    case FollowUpPurpose.Evaluation:
                        To(supervisors, ReminderRule.EvaluationLate, nameof(FollowUp), f.Id, f.DueOn, reference);
                        break;
                    case FollowUpPurpose.Plan:
                        To(supervisors, ReminderRule.PlanLate, nameof(FollowUp), f.Id, f.DueOn, reference);
                        break;
                    case FollowUpPurpose.KafalaVisit or FollowUpPurpose.KafalaReport or FollowUpPurpose.EpsReview:
                        To(supervisors, ReminderRule.PlacementReviewOverdue, nameof(FollowUp), f.Id, f.DueOn, reference);
                        if (f.Purpose != FollowUpPurpose.EpsReview && f.DueOn.AddDays(settings.KafalaRealertDays) <= today)
                            To(owners.Concat(supervisors), ReminderRule.KafalaRealert, nameof(FollowUp), f.Id, f.DueOn.AddDays(settings.KafalaRealertDays), reference);
                        break;
                }
            }

            // Referrals whose expected answer has not come.
            var referrals = await (from r in db.Referrals.AsNoTracking()
                                   join c in db.Cases on r.CaseId equals c.Id
                                   where r.UnitId == unit.Id && r.ExpectedResponseOn != null && r.ExpectedResponseOn < today
                                         && r.Status != ReferralStatus.FeedbackReceived && r.Status != ReferralStatus.Closed
                                   select new { r.Id, Due = r.ExpectedResponseOn!.Value, c.AssignedTo, c.Number }).ToListAsync(ct);
            foreach (var r in referrals)
                To(r.AssignedTo is { } a ? [a] : supervisors, ReminderRule.ReferralFeedbackOverdue, nameof(Referral), r.Id, r.Due, r.Number);

            // Plans and closures waiting for a supervisor's decision.
            var waitedSince = now.AddDays(-settings.ApprovalWaitingDays);
            var cases = db.Cases.AsNoTracking().Where(c => c.UnitId == unit.Id);
            var plans = await cases.Where(c => c.Plan != null && c.Plan.State == ApprovalState.Submitted)
                .Select(c => new { c.Id, c.Number, Since = c.Plan!.SubmittedAt }).ToListAsync(ct);
            foreach (var p in plans.Where(p => p.Since <= waitedSince))
                To(supervisors, ReminderRule.PlanAwaitingApproval, nameof(Case), p.Id, DateOnly.FromDateTime(p.Since!.Value.UtcDateTime), p.Number);
            var closures = await cases.Where(c => c.Closure != null && c.Closure.State == ApprovalState.Submitted)
                .Select(c => new { c.Id, c.Number, Since = c.Closure!.RequestedAt }).ToListAsync(ct);
            foreach (var c in closures.Where(c => c.Since <= waitedSince))
                To(supervisors, ReminderRule.ClosureAwaitingApproval, nameof(Case), c.Id, DateOnly.FromDateTime(c.Since.UtcDateTime), c.Number);

            // Cases waiting for a social worker: 24 hours, 2 when urgent.
            var unassigned = await cases.Where(c => c.AssignedTo == null && c.Status != CaseStatus.Closed && c.Status != CaseStatus.NotRetained)
                .Select(c => new { c.Id, c.Number, c.Urgent, c.CreatedAt }).ToListAsync(ct);
            foreach (var c in unassigned.Where(c => c.CreatedAt.AddHours(c.Urgent ? settings.UrgentUnassignedHours : settings.UnassignedHours) <= now))
                To(supervisors, ReminderRule.CaseUnassigned, nameof(Case), c.Id, DateOnly.FromDateTime(c.CreatedAt.UtcDateTime), c.Number);

            // Children who turned 18 in the last week and still have an open case or placement: their workers review them.
            var bornFrom = today.AddYears(-18).AddDays(-7);
            var bornTo = today.AddYears(-18);
            var adults = await db.Children.AsNoTracking()
                .Where(ch => ch.UnitId == unit.Id && ch.DateOfBirth != null && ch.DateOfBirth > bornFrom && ch.DateOfBirth <= bornTo)
                .Select(ch => new { ch.Id, ch.FileNumber, ch.DateOfBirth }).ToListAsync(ct);
            if (adults.Count > 0)
            {
                var ids = adults.Select(a => a.Id).ToList();
                var workers = (await db.Cases.AsNoTracking()
                        .Where(c => ids.Contains(c.ChildId) && c.Status != CaseStatus.Closed && c.Status != CaseStatus.NotRetained)
                        .Select(c => new { c.ChildId, Worker = c.AssignedTo }).ToListAsync(ct))
                    .Concat(await db.KafalaPlacements.AsNoTracking().Where(k => ids.Contains(k.ChildId) && k.Status != Domain.Placements.KafalaStatus.Ended)
                        .Select(k => new { k.ChildId, Worker = k.ResponsibleId }).ToListAsync(ct))
                    .Concat(await db.EpsPlacements.AsNoTracking().Where(e => ids.Contains(e.ChildId) && e.Status != Domain.Placements.EpsStatus.Exited)
                        .Select(e => new { e.ChildId, Worker = e.ResponsibleId }).ToListAsync(ct))
                    .ToLookup(w => w.ChildId, w => w.Worker);
                foreach (var child in adults.Where(a => workers.Contains(a.Id)))
                {
                    var people = workers[child.Id].OfType<Guid>().ToList();
                    To(people.Count > 0 ? people : supervisors, ReminderRule.TurningEighteen, "Child", child.Id,
                        Domain.Placements.PlacementSchedule.EighteenthBirthday(child.DateOfBirth!.Value), child.FileNumber);
                }
            }

            return list;
        }

        /// <summary>Adds what does not exist yet. If another server wins a race, the unique index refuses the duplicate and we look again.</summary>
        private async Task<int> InsertMissingAsync(List<Candidate> candidates, CancellationToken ct)
        {
            if (candidates.Count == 0)
                return 0;
            for (var attempt = 1; ; attempt++)
            {
                var subjects = candidates.Select(c => c.SubjectId).Distinct().ToList();
                var existing = (await db.Notifications.AsNoTracking().Where(n => subjects.Contains(n.SubjectId))
                        .Select(n => new { n.Rule, n.SubjectId, n.UserId, n.DueOn }).ToListAsync(ct))
                    .Select(n => (n.Rule, n.SubjectId, n.UserId, n.DueOn)).ToHashSet();
                var missing = candidates.DistinctBy(c => (c.Rule, c.SubjectId, c.UserId, c.DueOn))
                    .Where(c => !existing.Contains((c.Rule, c.SubjectId, c.UserId, c.DueOn))).ToList();
                var now = clock.GetUtcNow();
                db.Notifications.AddRange(missing.Select(c => new Notification(c.UserId, c.UnitId, c.Rule, c.SubjectType, c.SubjectId, c.DueOn, c.Reference, now)));
                try
                {
                    await db.SaveChangesAsync(ct);
                    return missing.Count;
                }
                catch (DbUpdateException) when (attempt < 3)
                {
                    db.ChangeTracker.Clear();
                }
            }
        }
    }
}
