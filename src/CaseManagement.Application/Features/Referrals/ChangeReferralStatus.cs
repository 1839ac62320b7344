using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Referrals;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Referrals;

/// <summary>Moves a referral: sent (expected response in 30 days unless given), accepted or refused, delivered, feedback, closed.</summary>
public static class ChangeReferralStatus
{
    [Validation.Stores(typeof(Domain.Referrals.Referral))]
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ICommand<MediatR.Unit>
    {
        public Guid ReferralId { get; set; }
        public ReferralStatus Status { get; set; }
        public string? Feedback { get; set; }
        public string? Outcome { get; set; }
        public DateOnly? ExpectedResponseOn { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Status).IsInEnum();
            RuleFor(c => c.Feedback).MaximumLength(4000);
            RuleFor(c => c.Outcome).MaximumLength(2000);
        }
    }

    public sealed class Handler(CaseDbContext db, CaseAccess access, TimeProvider clock) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var referral = await access.ReferralForWorkAsync(command.ReferralId, cancellationToken);
            var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == referral.UnitId, cancellationToken);
            var today = UnitClock.Today(clock, unit.TimeZoneId);
            var sentOn = command.Status == ReferralStatus.Sent ? today : referral.SentOn;
            if (command.ExpectedResponseOn is { } asked && sentOn is { } sent && asked < sent)
                throw new ValidationException([new ValidationFailure(nameof(Command.ExpectedResponseOn), "Referral.ExpectedBeforeSent")]);
            var expected = command.ExpectedResponseOn ?? (command.Status == ReferralStatus.Sent ? today.AddDays(unit.Standards.ReferralFeedbackDays) : null);
            referral.MoveTo(command.Status, command.Feedback, command.Outcome, expected, today, clock.GetUtcNow());
            return MediatR.Unit.Value;
        }
    }
}
