using CaseManagement.Application.Auditing;
using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Placements;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Retention;

/// <summary>
/// Retention (law 09-08): anonymises the children who are over 18, whose every case was closed (or not retained) more
/// than <see cref="Command.ClosedCaseYears"/> years ago and who have no placement still running. Names, contacts,
/// free text, notes and attachments go; codes and dates stay, so the statistics do not change. Each anonymisation is
/// audited. Sent by the daily retention job, which runs only when <c>Retention:ClosedCaseYears</c> is set.
/// </summary>
public static class RunRetention
{
    [SystemJob]
    public sealed record Command(int ClosedCaseYears) : ICommand<Result>;

    public sealed record Result(int Anonymised);

    public sealed class Handler(CaseDbContext db, AuditTrail audit, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            if (command.ClosedCaseYears < 1)
                return new Result(0);
            var now = clock.GetUtcNow();
            var closedBefore = now.AddYears(-command.ClosedCaseYears);
            var anonymised = 0;
            foreach (var unit in await db.Units.AsNoTracking().Select(u => new { u.Id, u.TimeZoneId }).ToListAsync(cancellationToken))
            {
                var adultsBornBefore = UnitClock.Today(clock, unit.TimeZoneId).AddYears(-18);
                var eligible = await db.Children
                    .Where(c => c.UnitId == unit.Id && c.AnonymisedAt == null && c.DateOfBirth != null && c.DateOfBirth <= adultsBornBefore)
                    .Where(c => db.Cases.Any(k => k.ChildId == c.Id))
                    .Where(c => !db.Cases.Any(k => k.ChildId == c.Id && k.Status != CaseStatus.Closed && k.Status != CaseStatus.NotRetained))
                    .Where(c => !db.Cases.Where(k => k.ChildId == c.Id).SelectMany(k => k.Transitions).Any(t => t.At > closedBefore))
                    .Where(c => !db.KafalaPlacements.Any(p => p.ChildId == c.Id && p.Status != KafalaStatus.Ended))
                    .Where(c => !db.EpsPlacements.Any(p => p.ChildId == c.Id && p.Status != EpsStatus.Exited))
                    .ToListAsync(cancellationToken);
                foreach (var child in eligible)
                {
                    child.Anonymise(now);
                    var caseIds = await db.Cases.Where(k => k.ChildId == child.Id).Select(k => k.Id).ToListAsync(cancellationToken);
                    foreach (var @case in await db.Cases.Where(k => k.ChildId == child.Id).ToListAsync(cancellationToken))
                        @case.Anonymise();
                    await db.CaseNotes.Where(n => caseIds.Contains(n.CaseId)).ExecuteDeleteAsync(cancellationToken);
                    var attachments = db.CaseAttachments.Where(a => caseIds.Contains(a.CaseId)).Select(a => a.Id);
                    await db.AttachmentContents.Where(c => attachments.Contains(c.AttachmentId)).ExecuteDeleteAsync(cancellationToken);
                    await db.CaseAttachments.Where(a => caseIds.Contains(a.CaseId)).ExecuteDeleteAsync(cancellationToken);
                    await db.Referrals.Where(r => caseIds.Contains(r.CaseId))
                        .ExecuteUpdateAsync(s => s.SetProperty(r => r.InformationShared, (string?)null).SetProperty(r => r.Feedback, (string?)null)
                            .SetProperty(r => r.ConsentGivenBy, (string?)null).SetProperty(r => r.Reason, "—"), cancellationToken);
                    await db.FollowUps.Where(f => f.CaseId != null && caseIds.Contains(f.CaseId.Value))
                        .ExecuteUpdateAsync(s => s.SetProperty(f => f.Note, (string?)null).SetProperty(f => f.Outcome, (string?)null), cancellationToken);
                    audit.Record(AuditAction.Anonymise, "Child", child.Id, unit.Id);
                    anonymised++;
                }
            }

            return new Result(anonymised);
        }
    }
}
