using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Children;
using CaseManagement.Domain.Placements;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Placements;

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

    public sealed class Handler(CaseDbContext db, ChildAccess children, CaseAccess cases, UserAccess users, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            await children.DemandAsync(command.ChildId, cancellationToken);
            Guid? caseAssignee = null;
            if (command.CaseId is { } caseId)
                caseAssignee = (await cases.FindAsync(caseId, cancellationToken)).AssignedTo;
            var responsible = await users.ResponsibleAsync(command.ResponsibleId, caseAssignee, nameof(Command.ResponsibleId), cancellationToken);

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
