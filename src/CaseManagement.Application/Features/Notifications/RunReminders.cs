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

    /// <summary>A reminder that should exist: composed in the database, filtered there against those that do.</summary>
    internal sealed class Pending
    {
        public Guid UserId { get; init; }
        public ReminderRule Rule { get; init; }
        public string SubjectType { get; init; } = string.Empty;
        public Guid SubjectId { get; init; }
        public DateOnly DueOn { get; init; }
        public string? Reference { get; init; }
    }

    /// <summary>A planned follow-up due soon or late, with the record people know it by (query shape).</summary>
    internal sealed class DueFollowUp
    {
        public Guid Id { get; init; }
        public DateOnly DueOn { get; init; }
        public Guid? AssigneeId { get; init; }
        public FollowUpPurpose Purpose { get; init; }
        public string? Reference { get; init; }
    }

    /// <summary>A follow-up and one person to tell (query shape).</summary>
    internal sealed class DueTo
    {
        public DueFollowUp F { get; init; } = null!;
        public Guid UserId { get; init; }
    }

    /// <summary>A case waiting (for a decision, for a social worker) since a moment.</summary>
    internal sealed class Waiting
    {
        public Guid UserId { get; init; }
        public Guid CaseId { get; init; }
        public string Number { get; init; } = string.Empty;
        public DateTimeOffset Since { get; init; }
    }

    public sealed class Handler(CaseDbContext db, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        /// <summary>Rows written per save: memory stays flat whatever the unit's size.</summary>
        private const int Batch = 1_000;

        public async Task<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var created = 0;
            var units = await db.Units.AsNoTracking().ToListAsync(cancellationToken);
            var checkpoints = await db.ReminderCheckpoints.ToDictionaryAsync(c => c.UnitId, cancellationToken);
            foreach (var unit in units)
            {
                var startedAt = clock.GetUtcNow();
                var today = UnitClock.Today(clock, unit.TimeZoneId);
                var window = checkpoints.GetValueOrDefault(unit.Id)?.WindowFor(today, startedAt, unit.Reminders);
                foreach (var rule in Rules(unit, today, window))
                    created += await InsertAsync(unit.Id, rule, cancellationToken);
                foreach (var (waiting, rule) in WaitingCases(unit))
                    created += await InsertWaitingAsync(unit.Id, waiting, rule, cancellationToken);

                await CheckedAsync(checkpoints.GetValueOrDefault(unit.Id), unit, today, startedAt, cancellationToken);
            }

            return new Result(created);
        }

        /// <summary>
        /// Records a complete run of the unit: the next may start from here. Another server that ran at the same moment
        /// may have recorded it first; either record will do.
        /// </summary>
        private async Task CheckedAsync(ReminderCheckpoint? checkpoint, Domain.Units.Unit unit, DateOnly today, DateTimeOffset startedAt, CancellationToken ct)
        {
            db.ChangeTracker.Clear();
            if (checkpoint is null)
                db.ReminderCheckpoints.Add(checkpoint = new ReminderCheckpoint(unit.Id));
            else
                db.Attach(checkpoint);
            checkpoint.Checked(today, startedAt, unit.Reminders);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // recorded by the other run
            }

            db.ChangeTracker.Clear();
        }

        /// <summary>Only what does not exist yet, by the unique index on rule, record, person and date: no id ever leaves the database.</summary>
        private IQueryable<Pending> Missing(IQueryable<Pending> rows) =>
            rows.Where(p => !db.Notifications.Any(n => n.Rule == p.Rule && n.SubjectId == p.SubjectId && n.UserId == p.UserId && n.DueOn == p.DueOn));

        private IQueryable<Guid> Supervisors(Guid unitId) => db.Users.SupervisorsOf(db, unitId).Select(u => u.Id);

        /// <summary>
        /// Every dated rule of the unit as one query of the reminders it calls for, in the unit's time zone. With a
        /// <paramref name="window"/> from the last complete run, each rule reads only the items that crossed its threshold
        /// since that run's day, or changed since it began: the backlog of late items, reminded already, is not read again.
        /// </summary>
        private IEnumerable<IQueryable<Pending>> Rules(Domain.Units.Unit unit, DateOnly today, ReminderCheckpoint.Window? window)
        {
            var settings = unit.Reminders;
            var unitId = unit.Id;
            var supervisors = Supervisors(unitId);

            // Follow-ups (of cases and of placements) planned and due soon or late, with the record people know them by.
            var soonUntil = today.AddDays(settings.DueSoonDays);
            var escalatedBefore = today.AddDays(-settings.EscalationDays);
            var realertBefore = today.AddDays(-settings.KafalaRealertDays);
            var realert = settings.KafalaRealertDays;
            var planned = db.FollowUps.Where(f => f.UnitId == unitId && f.Status == FollowUpStatus.Planned && f.DueOn <= soonUntil);

            // Those a rule whose threshold is `lag` days after the date must look at: dated since the last run's day
            // (less the lag), or changed since it began. Two index ranges, one on the date and one on the change.
            IQueryable<FollowUp> Candidates(int lag)
            {
                if (window is null)
                    return planned;
                var (from, since) = (window.From(lag), window.ChangedSince);
                return planned.Where(f => f.DueOn >= from).Concat(planned.Where(f => f.ChangedAt >= since && f.DueOn < from));
            }

            IQueryable<DueFollowUp> Due(int lag) => Candidates(lag).Select(f => new DueFollowUp
            {
                Id = f.Id, DueOn = f.DueOn, AssigneeId = f.AssigneeId, Purpose = f.Purpose,
                Reference = f.CaseId != null
                    ? db.Cases.Where(c => c.Id == f.CaseId).Select(c => c.Number).FirstOrDefault()
                    : f.KafalaPlacementId != null
                        ? db.KafalaPlacements.Where(k => k.Id == f.KafalaPlacementId).Join(db.Children, k => k.ChildId, c => c.Id, (k, c) => c.FileNumber).FirstOrDefault()
                        : db.EpsPlacements.Where(e => e.Id == f.EpsPlacementId).Join(db.Children, e => e.ChildId, c => c.Id, (e, c) => c.FileNumber).FirstOrDefault(),
            });

            // Its owner is the assignee, or the unit's supervisors when nobody is assigned.
            // (Two queries joined: the assigned ones need no look at the users at all.)
            IQueryable<DueTo> ToOwners(int lag) => Due(lag).Where(f => f.AssigneeId != null).Select(f => new DueTo { F = f, UserId = f.AssigneeId!.Value })
                .Concat(from f in Due(lag)
                        where f.AssigneeId == null
                        from u in db.Users
                        where supervisors.Contains(u.Id)
                        select new DueTo { F = f, UserId = u.Id });
            IQueryable<DueTo> ToSupervisors(int lag) => from f in Due(lag)
                                                        from u in db.Users
                                                        where supervisors.Contains(u.Id)
                                                        select new DueTo { F = f, UserId = u.Id };
            var (overdue, escalated) = (1, settings.EscalationDays);
            var toOwners = ToOwners(overdue);
            var toSupervisors = ToSupervisors(overdue);

            yield return Missing(ToOwners(0).Where(x => x.F.DueOn >= today).Select(x => new Pending
            {
                UserId = x.UserId, Rule = ReminderRule.FollowUpDueSoon, SubjectType = nameof(FollowUp), SubjectId = x.F.Id, DueOn = x.F.DueOn, Reference = x.F.Reference,
            }));
            yield return Missing(toOwners.Where(x => x.F.DueOn < today).Select(x => new Pending
            {
                UserId = x.UserId, Rule = ReminderRule.FollowUpOverdue, SubjectType = nameof(FollowUp), SubjectId = x.F.Id, DueOn = x.F.DueOn, Reference = x.F.Reference,
            }));
            // One notification per person and event: supervisors told of a late evaluation, plan or placement visit by
            // its own rule are not told again by the general escalation, nor by that rule when they already own the
            // follow-up (nobody assigned) and had its overdue notice.
            (FollowUpPurpose[] Purposes, ReminderRule Rule)[] supervisorRules =
            [
                ([FollowUpPurpose.Evaluation], ReminderRule.EvaluationLate),
                ([FollowUpPurpose.Plan], ReminderRule.PlanLate),
                ([FollowUpPurpose.KafalaVisit, FollowUpPurpose.KafalaReport, FollowUpPurpose.EpsReview], ReminderRule.PlacementReviewOverdue),
            ];
            var withOwnRule = supervisorRules.SelectMany(r => r.Purposes).ToArray();
            yield return Missing(ToSupervisors(escalated).Where(x => x.F.DueOn <= escalatedBefore && !withOwnRule.Contains(x.F.Purpose)).Select(x => new Pending
            {
                UserId = x.UserId, Rule = ReminderRule.FollowUpOverdueEscalated, SubjectType = nameof(FollowUp), SubjectId = x.F.Id, DueOn = x.F.DueOn, Reference = x.F.Reference,
            }));
            foreach (var (purposes, rule) in supervisorRules)
            {
                yield return Missing(toSupervisors.Where(x => x.F.DueOn < today && x.F.AssigneeId != null && purposes.Contains(x.F.Purpose)).Select(x => new Pending
                {
                    UserId = x.UserId, Rule = rule, SubjectType = nameof(FollowUp), SubjectId = x.F.Id, DueOn = x.F.DueOn, Reference = x.F.Reference,
                }));
            }

            // A kafala visit or report still not done a month after its date: its owner and the supervisors again, dated
            // the day of the re-alert.
            foreach (var people in new[] { ToOwners(realert), ToSupervisors(realert) })
            {
                yield return Missing(people.Where(x => x.F.DueOn <= realertBefore && (x.F.Purpose == FollowUpPurpose.KafalaVisit || x.F.Purpose == FollowUpPurpose.KafalaReport))
                    .Select(x => new Pending
                    {
                        UserId = x.UserId, Rule = ReminderRule.KafalaRealert, SubjectType = nameof(FollowUp), SubjectId = x.F.Id, DueOn = x.F.DueOn.AddDays(realert),
                        Reference = x.F.Reference,
                    }));
            }

            // Referrals whose expected answer has not come: the case's worker, or the supervisors. Since the last run: those
            // expected since its day, and those written or whose case changed hands since it began.
            var referrals = from r in db.Referrals
                            join c in db.Cases on r.CaseId equals c.Id
                            where r.UnitId == unitId && r.ExpectedResponseOn != null && r.ExpectedResponseOn < today
                                  && r.Status != ReferralStatus.FeedbackReceived && r.Status != ReferralStatus.Closed
                            select new { r, c };
            if (window is not null)
            {
                var (from, since) = (window.From(overdue), window.ChangedSince);
                referrals = referrals.Where(x => x.r.ExpectedResponseOn >= from || x.r.CreatedAt >= since || x.r.UpdatedAt >= since || x.c.AssignedAt >= since);
            }

            yield return Missing(from x in referrals
                                 from u in db.Users
                                 where x.c.AssignedTo != null ? u.Id == x.c.AssignedTo : supervisors.Contains(u.Id)
                                 select new Pending
                                 {
                                     UserId = u.Id, Rule = ReminderRule.ReferralFeedbackOverdue, SubjectType = nameof(Referral), SubjectId = x.r.Id,
                                     DueOn = x.r.ExpectedResponseOn!.Value, Reference = x.c.Number,
                                 });

            // Children who turned 18 in the last week and still have an open case or placement: their workers, or the
            // supervisors when none is named.
            var bornFrom = today.AddYears(-18).AddDays(-7);
            var bornTo = today.AddYears(-18);
            var adults = db.Children.Where(ch => ch.UnitId == unitId && ch.DateOfBirth != null && ch.DateOfBirth > bornFrom && ch.DateOfBirth <= bornTo);
            var workers = db.Cases.Where(c => c.Status != CaseStatus.Closed && c.Status != CaseStatus.NotRetained).Select(c => new { c.ChildId, Worker = c.AssignedTo })
                .Concat(db.KafalaPlacements.Where(k => k.Status != Domain.Placements.KafalaStatus.Ended).Select(k => new { k.ChildId, Worker = (Guid?)k.ResponsibleId }))
                .Concat(db.EpsPlacements.Where(e => e.Status != Domain.Placements.EpsStatus.Exited).Select(e => new { e.ChildId, Worker = (Guid?)e.ResponsibleId }));
            var eighteen = from ch in adults
                           where workers.Any(w => w.ChildId == ch.Id)
                           from u in db.Users
                           where workers.Any(w => w.ChildId == ch.Id && w.Worker != null)
                               ? workers.Any(w => w.ChildId == ch.Id && w.Worker == u.Id)
                               : supervisors.Contains(u.Id)
                           select new Pending
                           {
                               UserId = u.Id, Rule = ReminderRule.TurningEighteen, SubjectType = "Child", SubjectId = ch.Id,
                               DueOn = ch.DateOfBirth!.Value.AddYears(18), Reference = ch.FileNumber,
                           };
            yield return Missing(eighteen);
        }

        /// <summary>
        /// Cases waiting for a supervisor's decision on a plan or a closure (3 days), or for a social worker (24 hours, 2
        /// when urgent), for each person who can act not yet reminded since the wait began. A decision is not asked of
        /// whoever submitted it; one a supervisor of the unit submitted is asked of the unit's second approver too.
        /// </summary>
        private IEnumerable<(IQueryable<Waiting> Waiting, ReminderRule Rule)> WaitingCases(Domain.Units.Unit unit)
        {
            var now = clock.GetUtcNow();
            var settings = unit.Reminders;
            var unitId = unit.Id;
            var supervisors = Supervisors(unitId);
            var secondApprover = unit.SecondApproverId;
            var supervisorIds = db.SupervisorIds();
            var waitedSince = now.AddDays(-settings.ApprovalWaitingDays);
            var urgentSince = now.AddHours(-settings.UrgentUnassignedHours);
            var ordinarySince = now.AddHours(-settings.UnassignedHours);
            var cases = db.Cases.Where(c => c.UnitId == unitId);
            var plans = cases.Where(c => c.PlanState == ApprovalState.Submitted && c.Plan!.SubmittedAt <= waitedSince)
                .Select(c => new { c.Id, c.Number, Since = c.Plan!.SubmittedAt!.Value, By = c.Plan.SubmittedBy });
            var closures = cases.Where(c => c.ClosureState == ApprovalState.Submitted && c.Closure!.RequestedAt <= waitedSince)
                .Select(c => new { c.Id, c.Number, Since = c.Closure!.RequestedAt, By = (Guid?)c.Closure.RequestedBy });
            var unassigned = cases.Where(c => c.AssignedTo == null && c.Status != CaseStatus.Closed && c.Status != CaseStatus.NotRetained
                                              && (c.Urgent ? c.CreatedAt <= urgentSince : c.CreatedAt <= ordinarySince))
                .Select(c => new { c.Id, c.Number, Since = c.CreatedAt, By = (Guid?)null });
            foreach (var (waiting, rule) in new[] { (plans, ReminderRule.PlanAwaitingApproval), (closures, ReminderRule.ClosureAwaitingApproval), (unassigned, ReminderRule.CaseUnassigned) })
            {
                var toSupervisors = from c in waiting
                                    from u in db.Users
                                    where supervisors.Contains(u.Id) && u.Id != c.By
                                    select new { c.Id, c.Number, c.Since, UserId = u.Id };
                // Two queries joined rather than one with an OR, so that each reads its people by key.
                var toApprover = from c in waiting
                                 where rule != ReminderRule.CaseUnassigned && supervisorIds.Contains(c.By!.Value)
                                 from u in db.Users
                                 where u.Id == secondApprover && u.IsActive && u.Id != c.By
                                 select new { c.Id, c.Number, c.Since, UserId = u.Id };
                yield return (from x in toSupervisors.Concat(toApprover)
                              where !db.Notifications.Any(n => n.Rule == rule && n.SubjectId == x.Id && n.UserId == x.UserId && n.CreatedAt >= x.Since)
                              select new Waiting { UserId = x.UserId, CaseId = x.Id, Number = x.Number, Since = x.Since }, rule);
            }
        }

        private Task<int> InsertAsync(Guid unitId, IQueryable<Pending> missing, CancellationToken ct) =>
            InsertBatchesAsync(unitId, missing, p => (p.UserId, p.Rule, p.SubjectType, p.SubjectId, p.DueOn, p.Reference), ct);

        private Task<int> InsertWaitingAsync(Guid unitId, IQueryable<Waiting> missing, ReminderRule rule, CancellationToken ct) =>
            InsertBatchesAsync(unitId, missing, w => (w.UserId, rule, nameof(Case), w.CaseId, DateOnly.FromDateTime(w.Since.UtcDateTime), (string?)w.Number), ct);

        /// <summary>
        /// Writes the missing reminders a batch at a time (each written batch leaves the query), until none is missing —
        /// or none of a batch could be written (another server wrote them, or a case waits again on a day already reminded).
        /// </summary>
        private async Task<int> InsertBatchesAsync<T>(Guid unitId, IQueryable<T> missing,
            Func<T, (Guid UserId, ReminderRule Rule, string SubjectType, Guid SubjectId, DateOnly DueOn, string? Reference)> row, CancellationToken ct)
            where T : class
        {
            var created = 0;
            while (true)
            {
                var batch = await missing.AsNoTracking().Take(Batch).ToListAsync(ct);
                if (batch.Count == 0)
                    return created;
                var saved = await SaveAsync(batch.Select(row), unitId, ct);
                created += saved;
                if (batch.Count < Batch || saved == 0)
                    return created;
            }
        }

        /// <summary>
        /// One save per batch. Another server may have written some of them meanwhile (or a case waits again the same day
        /// it waited before): the unique index refuses those, and the batch is then written one by one, keeping the rest.
        /// </summary>
        private async Task<int> SaveAsync(IEnumerable<(Guid UserId, ReminderRule Rule, string SubjectType, Guid SubjectId, DateOnly DueOn, string? Reference)> rows,
            Guid unitId, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var notifications = rows.DistinctBy(r => (r.Rule, r.SubjectId, r.UserId, r.DueOn))
                .Select(r => new Notification(r.UserId, unitId, r.Rule, r.SubjectType, r.SubjectId, r.DueOn, r.Reference ?? string.Empty, now)).ToList();
            db.Notifications.AddRange(notifications);
            try
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                return notifications.Count;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
            }

            var saved = 0;
            foreach (var notification in notifications)
            {
                db.Notifications.Add(notification);
                try
                {
                    await db.SaveChangesAsync(ct);
                    saved++;
                }
                catch (DbUpdateException)
                {
                    // already there
                }

                db.ChangeTracker.Clear();
            }

            return saved;
        }
    }
}
