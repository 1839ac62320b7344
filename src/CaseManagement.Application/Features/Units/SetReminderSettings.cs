using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Units;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnitEntity = CaseManagement.Domain.Units.Unit;

namespace CaseManagement.Application.Features.Units;

/// <summary>Sets when a unit's reminders fire. Administrators for any unit, supervisors for their own.</summary>
public static class SetReminderSettings
{
    [Authorize(Roles = Roles.UnitManagers)]
    public sealed record Command : ICommand<MediatR.Unit>
    {
        public Guid UnitId { get; set; }
        public int DueSoonDays { get; set; } = 2;
        public int EscalationDays { get; set; } = 7;
        public int KafalaRealertDays { get; set; } = 30;
        public int ApprovalWaitingDays { get; set; } = 3;
        public int UnassignedHours { get; set; } = 24;
        public int UrgentUnassignedHours { get; set; } = 2;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.DueSoonDays).InclusiveBetween(0, 60);
            RuleFor(c => c.EscalationDays).InclusiveBetween(0, 365);
            RuleFor(c => c.KafalaRealertDays).InclusiveBetween(1, 365);
            RuleFor(c => c.ApprovalWaitingDays).InclusiveBetween(0, 60);
            RuleFor(c => c.UnassignedHours).InclusiveBetween(0, 24 * 30);
            RuleFor(c => c.UrgentUnassignedHours).InclusiveBetween(0, 72);
        }
    }

    public sealed class Handler(UnitAccess units) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command c, CancellationToken cancellationToken)
        {
            var unit = await units.ForSettingsAsync(c.UnitId, cancellationToken);
            unit.SetReminders(new ReminderSettings
            {
                DueSoonDays = c.DueSoonDays, EscalationDays = c.EscalationDays, KafalaRealertDays = c.KafalaRealertDays,
                ApprovalWaitingDays = c.ApprovalWaitingDays, UnassignedHours = c.UnassignedHours, UrgentUnassignedHours = c.UrgentUnassignedHours,
            });
            return MediatR.Unit.Value;
        }
    }
}
