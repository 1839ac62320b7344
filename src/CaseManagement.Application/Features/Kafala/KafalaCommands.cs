using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Children;
using CaseManagement.Domain.FollowUps;
using CaseManagement.Domain.Placements;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Kafala;

internal sealed class KafilValidator : AbstractValidator<Kafil>
{
    public KafilValidator()
    {
        RuleFor(k => k.Kind).IsInEnum();
        RuleFor(k => k.FullName).NotEmpty().MaximumLength(200);
        RuleFor(k => k.FullNameAr).MaximumLength(200);
        RuleFor(k => k.IdentityDocument).MaximumLength(100);
        RuleFor(k => k.CountryOfResidence).NotEmpty().Matches("^[A-Z]{2}$").WithMessage("Child.CountryCode");
        RuleFor(k => k.Nationality).Matches("^[A-Z]{2}$").When(k => k.Nationality is not null).WithMessage("Child.CountryCode");
        RuleFor(k => k.Consulate).MaximumLength(200);
        RuleFor(k => k.Address).MaximumLength(500);
        RuleFor(k => k.Occupation).MaximumLength(200);
        RuleFor(k => k.DocumentsChecked).MaximumLength(1000);
    }
}

/// <summary>Opens a kafala file for a child of the unit (status DeclaredAbandoned), optionally from a case.</summary>
public static class OpenKafala
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ICommand<Result>
    {
        public Guid ChildId { get; set; }
        public Guid? CaseId { get; set; }
        public Guid? ResponsibleId { get; set; }
        public AbandonmentJudgment Abandonment { get; set; } = new();
        public List<Kafil> Kafils { get; set; } = [];
        public KafalaProcedure Procedure { get; set; } = new();

        /// <summary>Shortcuts of the API for the ordonnance (also accepted inside <see cref="Procedure"/>).</summary>
        public string? OrderNumber { get; set; }
        public DateOnly? OrderDate { get; set; }
        public string? Court { get; set; }
        public bool HasConcerns { get; set; }
    }

    public sealed record Result(Guid Id, KafalaStatus Status);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ChildId).NotEmpty();
            RuleFor(c => c.Kafils).NotEmpty().WithMessage("Kafala.KafilRequired");
            RuleForEach(c => c.Kafils).SetValidator(new KafilValidator());
            RuleFor(c => c.Abandonment.Category).IsInEnum();
        }
    }

    public sealed class Handler(CaseDbContext db, CaseAccess cases, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!await db.Children.VisibleTo(user).AnyAsync(c => c.Id == command.ChildId, cancellationToken))
                throw new NotFoundException(nameof(Child), command.ChildId);
            Guid? caseAssignee = null;
            if (command.CaseId is { } caseId)
                caseAssignee = (await cases.FindAsync(caseId, cancellationToken)).AssignedTo;
            var responsible = user.IsInRole(Roles.Supervisor) ? command.ResponsibleId ?? caseAssignee : user.Id;
            if (responsible is { } r && r != user.Id && !await db.Users.SocialWorkersOf(db, user.UnitId).AnyAsync(u => u.Id == r, cancellationToken))
                throw new NotFoundException("SocialWorker", r);

            var procedure = command.Procedure with
            {
                OrderNumber = command.Procedure.OrderNumber ?? command.OrderNumber,
                OrderDate = command.Procedure.OrderDate ?? command.OrderDate,
                Court = command.Procedure.Court ?? command.Court,
            };
            var placement = KafalaPlacement.Open(user.UnitId, command.ChildId, command.CaseId, responsible, command.Abandonment, command.Kafils,
                procedure, command.HasConcerns, user.Id, clock.GetUtcNow());
            db.KafalaPlacements.Add(placement);
            return new Result(placement.Id, placement.Status);
        }
    }
}

/// <summary>Corrects a kafala file (judgment, kafils, procedure, international details, concerns).</summary>
public static class UpdateKafala
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ICommand<MediatR.Unit>
    {
        public Guid Id { get; set; }
        public AbandonmentJudgment Abandonment { get; set; } = new();
        public List<Kafil> Kafils { get; set; } = [];
        public KafalaProcedure Procedure { get; set; } = new();
        public KafalaAbroad Abroad { get; set; } = new();
        public bool HasConcerns { get; set; }
        public string? Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Kafils).NotEmpty().WithMessage("Kafala.KafilRequired");
            RuleForEach(c => c.Kafils).SetValidator(new KafilValidator());
            RuleFor(c => c.Abroad.DestinationCountry).Matches("^[A-Z]{2}$").When(c => c.Abroad.DestinationCountry is not null).WithMessage("Child.CountryCode");
            RuleFor(c => c.Version).NotEmpty().Must(VersionToken.IsValid);
        }
    }

    public sealed class Handler(CaseDbContext db, PlacementAccess access) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command c, CancellationToken cancellationToken)
        {
            var placement = await access.KafalaForWorkAsync(c.Id, cancellationToken);
            db.ExpectVersion(placement, c.Version!);
            placement.Update(c.Abandonment, c.Kafils, c.Procedure, c.Abroad, c.HasConcerns);
            return MediatR.Unit.Value;
        }
    }
}

/// <summary>
/// Moves the kafala procedure on. Hand-over plans the visits in Morocco; leaving Morocco re-plans, from the next
/// date due, the reports expected from abroad. Each date is an ordinary follow-up, so reminders cover it.
/// </summary>
public static class TransitionKafala
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ICommand<Result>
    {
        public Guid Id { get; set; }
        public KafalaStatus To { get; set; }
        public DateOnly? Date { get; set; }
        public string? Reference { get; set; }
        public string? DestinationCountry { get; set; }
    }

    public sealed record Result(KafalaStatus Status);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.To).IsInEnum();
            RuleFor(c => c.Date).NotNull();
            RuleFor(c => c.Reference).MaximumLength(200);
            RuleFor(c => c.DestinationCountry).Matches("^[A-Za-z]{2}$").When(c => c.DestinationCountry is not null).WithMessage("Child.CountryCode");
        }
    }

    public sealed class Handler(CaseDbContext db, PlacementAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken cancellationToken)
        {
            var placement = await access.KafalaForWorkAsync(c.Id, cancellationToken);
            var now = clock.GetUtcNow();
            var wasAbroad = placement.IsAbroad;
            placement.MoveTo(c.To, c.Date!.Value, c.Reference, c.DestinationCountry, user.Id, now);

            var birthDate = await db.Children.Where(x => x.Id == placement.ChildId).Select(x => x.DateOfBirth).SingleAsync(cancellationToken);
            var handOver = placement.Procedure.HandOverDate!;
            if (c.To == KafalaStatus.HandedOver)
            {
                foreach (var due in PlacementSchedule.KafalaInMorocco(handOver.Value, birthDate, placement.HasConcerns))
                    db.FollowUps.Add(FollowUp.ForKafala(placement.Id, placement.CaseId, placement.UnitId, FollowUpKind.HomeVisit, FollowUpPurpose.KafalaVisit,
                        due, placement.ResponsibleId, user.Id, now));
            }
            else if (placement.IsAbroad && !wasAbroad)
            {
                var planned = await db.FollowUps.Where(f => f.KafalaPlacementId == placement.Id && f.Status == FollowUpStatus.Planned)
                    .ToListAsync(cancellationToken);
                var from = planned.Count > 0 ? planned.Min(f => f.DueOn) : UnitClock.Today(clock, user.TimeZoneId);
                foreach (var followUp in planned)
                    followUp.Cancel(user.Id, now);
                foreach (var due in PlacementSchedule.KafalaAbroad(handOver.Value, birthDate).Where(d => d >= from))
                    db.FollowUps.Add(FollowUp.ForKafala(placement.Id, placement.CaseId, placement.UnitId, FollowUpKind.Other, FollowUpPurpose.KafalaReport,
                        due, placement.ResponsibleId, user.Id, now));
            }

            return new Result(placement.Status);
        }
    }
}

/// <summary>Ends a kafala (cause, date, decision); its planned follow-ups are cancelled.</summary>
public static class EndKafala
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ICommand<MediatR.Unit>
    {
        public Guid Id { get; set; }
        public KafalaEndCause Cause { get; set; }
        public DateOnly? Date { get; set; }
        public string? DecisionReference { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Cause).IsInEnum();
            RuleFor(c => c.Date).NotNull();
            RuleFor(c => c.DecisionReference).MaximumLength(200);
        }
    }

    public sealed class Handler(CaseDbContext db, PlacementAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command c, CancellationToken cancellationToken)
        {
            var placement = await access.KafalaForWorkAsync(c.Id, cancellationToken);
            var now = clock.GetUtcNow();
            placement.Terminate(c.Cause, c.Date!.Value, c.DecisionReference, user.Id, now);
            await db.FollowUps.Where(f => f.KafalaPlacementId == placement.Id).CancelPlannedAsync(user.Id, now, cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}

/// <summary>
/// Records a follow-up report (visit, consular report, report to the judge, report from the French Département).
/// It fulfils the earliest planned follow-up due within 30 days of the report.
/// </summary>
public static class AddKafalaReport
{
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
            due?.Fulfil("Report recorded", user.Id, now);
            return report.Id;
        }
    }
}
