using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Referrals;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Cases;

/// <summary>
/// Records a service delivered to the child of an active case (the "prise en charge" log): its date, coded type, who
/// delivered it (the unit or a partner) and a short note. A service given by the unit is also a contact with the child.
/// </summary>
public static class RecordService
{
    [Validation.Stores(typeof(Domain.Cases.ServiceDelivery))]
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ICommand<Guid>
    {
        public Guid CaseId { get; set; }
        public DateOnly? Date { get; set; }
        public ServiceType Type { get; set; }
        public ServiceDeliverer Provider { get; set; }
        public Guid? PartnerId { get; set; }
        public string? Note { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.Date).NotNull().Must(d => d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(1))).WithMessage("Service.DateInFuture");
            RuleFor(c => c.Type).IsInEnum();
            RuleFor(c => c.Provider).IsInEnum();
            RuleFor(c => c.PartnerId).NotEmpty().When(c => c.Provider == ServiceDeliverer.Partner).WithMessage("Service.PartnerRequired");
            RuleFor(c => c.Note).MaximumLength(ServiceDelivery.NoteMaxLength);
        }
    }

    public sealed class Handler(CaseDbContext db, CaseAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var @case = await access.ForWorkAsync(command.CaseId, CaseAction.Work, cancellationToken);
            var partnerId = command.Provider == ServiceDeliverer.Partner ? command.PartnerId : null;
            if (partnerId is { } id && !await db.Partners.AnyAsync(p => p.Id == id, cancellationToken))
                throw new NotFoundException(nameof(Partner), id);

            var today = user.Today(clock);
            var service = new ServiceDelivery(@case.Id, @case.UnitId, @case.ChildId, command.Date!.Value, command.Type, command.Provider, partnerId,
                command.Note, user.Id, clock.GetUtcNow(), today);
            db.ServiceDeliveries.Add(service);
            if (command.Provider == ServiceDeliverer.Unit)
                @case.RecordContact(service.Date);
            return service.Id;
        }
    }
}
