using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Children;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Cases;

/// <summary>
/// Records a report (signalement) about a child of the unit as a new case, status Received. A social worker who
/// records it becomes its assignee (they took the call and must be able to open what they wrote); a case recorded
/// by a supervisor waits in the unassigned queue.
/// </summary>
public static class ReportCase
{
    [Validation.Stores(typeof(Domain.Cases.Case))]
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ICommand<Result>
    {
        public Guid ChildId { get; set; }
        public DateTimeOffset? ReceivedAt { get; set; }
        public IntakeChannel Channel { get; set; }
        public ReferralSource Source { get; set; }
        public string? ReporterName { get; set; }
        public string? ReporterContact { get; set; }
        public List<string> Concerns { get; set; } = [];
        public string? PrimaryConcern { get; set; }
        public PlaceOfOccurrence PlaceOfOccurrence { get; set; }
        public PerpetratorRelationship? PerpetratorRelationship { get; set; }
        public string? CommuneCode { get; set; }
        public bool Urgent { get; set; }
        public RiskLevel RiskLevel { get; set; } = RiskLevel.Medium;
        public string? ImmediateActions { get; set; }
        public string? Summary { get; set; }
    }

    public sealed record Result(Guid Id, string CaseNumber, CaseStatus Status);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(CaseDbContext db, TimeProvider clock)
        {
            RuleFor(c => c.ChildId).NotEmpty();
            RuleFor(c => c.ReceivedAt).NotNull().Must(at => at <= clock.GetUtcNow().AddMinutes(5)).WithMessage("Case.ReceivedInFuture");
            RuleFor(c => c.Channel).IsInEnum();
            RuleFor(c => c.Source).IsInEnum();
            RuleFor(c => c.Concerns).NotEmpty().WithMessage("Case.ConcernRequired");
            RuleForEach(c => c.Concerns).Must(ProtectionConcerns.IsKnown).WithMessage("Case.UnknownConcern");
            RuleFor(c => c.PrimaryConcern).NotEmpty().Must((c, p) => c.Concerns.Contains(p!)).WithMessage("Case.PrimaryConcernNotListed");
            RuleFor(c => c.PlaceOfOccurrence).IsInEnum();
            RuleFor(c => c.PerpetratorRelationship).IsInEnum();
            RuleFor(c => c.RiskLevel).IsInEnum();
            RuleFor(c => c.ReporterName).MaximumLength(200);
            RuleFor(c => c.ReporterContact).MaximumLength(200);
            RuleFor(c => c.ImmediateActions).MaximumLength(2000);
            RuleFor(c => c.Summary).NotEmpty().MaximumLength(4000);
            RuleFor(c => c.CommuneCode)
                .MustAsync(async (code, ct) => string.IsNullOrEmpty(code) || await db.Communes.AnyAsync(x => x.Code == code, ct))
                .WithMessage("Child.UnknownCommune");
        }
    }

    public sealed class Handler(CaseDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var child = await db.Children.VisibleTo(user).Where(c => c.Id == command.ChildId)
                            .Select(c => new { c.Id, c.FileNumber, c.CommuneCode }).SingleOrDefaultAsync(cancellationToken)
                        ?? throw new NotFoundException(nameof(Child), command.ChildId);
            var previous = await db.Cases.CountAsync(c => c.ChildId == child.Id, cancellationToken);
            var now = clock.GetUtcNow();

            var intake = new Intake
            {
                ReceivedAt = command.ReceivedAt!.Value.ToUniversalTime(), // stored in UTC so that instants compare in the database
                Channel = command.Channel,
                Source = command.Source,
                ReporterName = Clean(command.ReporterName),
                ReporterContact = Clean(command.ReporterContact),
                PlaceOfOccurrence = command.PlaceOfOccurrence,
                PerpetratorRelationship = command.PerpetratorRelationship,
                CommuneCode = Clean(command.CommuneCode) ?? child.CommuneCode,
                ImmediateActions = Clean(command.ImmediateActions),
                Summary = command.Summary!.Trim(),
            };
            var @case = Case.Receive(user.UnitId, child.Id, $"{child.FileNumber}/{previous + 1}", intake, command.Concerns,
                command.PrimaryConcern!, command.Urgent, command.RiskLevel, user.Id, now,
                UnitClock.LocalDate(intake.ReceivedAt, user.TimeZoneId), user.Today(clock));
            if (user.IsInRole(Roles.SocialWorker))
                @case.AssignTo(user.Id, user.Id, now);
            db.Cases.Add(@case);
            return new Result(@case.Id, @case.Number, @case.Status);
        }

        private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
