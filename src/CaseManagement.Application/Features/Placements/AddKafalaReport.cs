using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.FollowUps;
using CaseManagement.Domain.Placements;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Placements;

/// <summary>
/// Records a follow-up report (visit, consular report, report to the judge, report from the French Département).
/// It fulfils the earliest planned follow-up due within 30 days of the report.
/// </summary>
public static class AddKafalaReport
{
    [Validation.Stores(typeof(Domain.Placements.KafalaReport))]
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ICommand<Guid>
    {
        public Guid PlacementId { get; set; }
        public DateOnly? Date { get; set; }
        public KafalaReportType Type { get; set; }
        public List<CheckFinding> Findings { get; set; } = [];
        public string? Concerns { get; set; }
        public string? Actions { get; set; }
        public DateOnly? SentToJudgeOn { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.Date).NotNull().Must(d => d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(1))).WithMessage("Case.DateInFuture");
            RuleFor(c => c.Type).IsInEnum();
            RuleForEach(c => c.Findings).ChildRules(f =>
            {
                f.RuleFor(x => x.Domain).IsInEnum();
                f.RuleFor(x => x.Finding).MaximumLength(2000);
            });
            RuleFor(c => c.Concerns).MaximumLength(4000);
            RuleFor(c => c.Actions).MaximumLength(4000);
        }
    }

    public sealed class Handler(CaseDbContext db, PlacementAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command c, CancellationToken cancellationToken)
        {
            var placement = await access.KafalaForWorkAsync(c.PlacementId, cancellationToken);
            if (placement.Status < KafalaStatus.HandedOver || placement.Status == KafalaStatus.Ended)
                throw new Domain.DomainRuleException("Kafala.NotInFollowUp", "Follow-up reports start at hand-over and stop when the kafala ends.");
            var now = clock.GetUtcNow();
            var report = new KafalaReport(placement.Id, placement.UnitId, c.Date!.Value, c.Type, user.Id,
                c.Findings.Where(f => !string.IsNullOrWhiteSpace(f.Finding)).ToList(), c.Concerns, c.Actions, c.SentToJudgeOn, now);
            db.KafalaReports.Add(report);

            var limit = c.Date.Value.AddDays(30);
            var due = await db.FollowUps.Where(f => f.KafalaPlacementId == placement.Id && f.Status == FollowUpStatus.Planned && f.DueOn <= limit)
                .OrderBy(f => f.DueOn).FirstOrDefaultAsync(cancellationToken);
            due?.Fulfil(FollowUpFulfilment.KafalaReportRecorded, user.Id, now);
            return report.Id;
        }
    }
}
