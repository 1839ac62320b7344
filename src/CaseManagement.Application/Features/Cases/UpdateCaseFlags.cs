using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Application.Features.Cases;

/// <summary>Triage and cross-cutting flags: urgency, report to the prosecutor, judicial measure, EPS, kafala, transfer.</summary>
public static class UpdateCaseFlags
{
    [Validation.Stores(typeof(Domain.Cases.Case))]
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ICommand<MediatR.Unit>
    {
        public Guid CaseId { get; set; }
        public bool Urgent { get; set; }
        public DateOnly? ReportedToProsecutorOn { get; set; }
        public string? ProsecutorReference { get; set; }
        public bool HasJudicialMeasure { get; set; }
        public string? Court { get; set; }
        public JudgeType? JudgeType { get; set; }
        public string? JudicialFileNumber { get; set; }
        public string? JudicialDecision { get; set; }
        public DateOnly? JudicialDecisionOn { get; set; }
        public bool PlacedInEps { get; set; }
        public bool Kafala { get; set; }
        public bool Transferred { get; set; }

        /// <summary>The version read with the case: a stale edit is refused (409) instead of overwriting another's.</summary>
        public string? Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.Version).NotEmpty().Must(VersionToken.IsValid);
            RuleFor(c => c.ProsecutorReference).MaximumLength(64);
            RuleFor(c => c.ProsecutorReference).NotEmpty().When(c => c.ReportedToProsecutorOn is not null).WithMessage("Case.ProsecutorReferenceRequired");
            RuleFor(c => c.ReportedToProsecutorOn).Must(d => d is null || d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(1)))
                .WithMessage("Case.DateInFuture");
            RuleFor(c => c.Court).MaximumLength(200);
            RuleFor(c => c.JudgeType).IsInEnum();
            RuleFor(c => c.JudicialFileNumber).MaximumLength(64);
            RuleFor(c => c.JudicialDecision).MaximumLength(2000);
            RuleFor(c => c.JudicialDecisionOn).Must(d => d is null || d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(1)))
                .WithMessage("Case.DateInFuture");
        }
    }

    public sealed class Handler(CaseDbContext db, CaseAccess access) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command c, CancellationToken cancellationToken)
        {
            var @case = await access.ForWorkAsync(c.CaseId, CaseAction.UpdateFlags, cancellationToken);
            db.ExpectVersion(@case, c.Version!);
            @case.UpdateFlags(c.Urgent,
                new ProsecutorReport { ReportedOn = c.ReportedToProsecutorOn, Reference = c.ReportedToProsecutorOn is null ? null : c.ProsecutorReference?.Trim() },
                c.HasJudicialMeasure,
                new JudicialMeasure { Court = c.Court, JudgeType = c.JudgeType, FileNumber = c.JudicialFileNumber, Decision = c.JudicialDecision, DecidedOn = c.JudicialDecisionOn },
                c.PlacedInEps, c.Kafala, c.Transferred);
            return MediatR.Unit.Value;
        }
    }
}
