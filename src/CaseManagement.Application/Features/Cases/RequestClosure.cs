using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Application.Features.Cases;

/// <summary>A social worker asks to close the case with a coded reason and a summary.</summary>
public static class RequestClosure
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ICommand<MediatR.Unit>
    {
        public Guid CaseId { get; set; }
        public ClosureReason Reason { get; set; }
        public string? Summary { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Reason).IsInEnum();
            RuleFor(c => c.Summary).NotEmpty().MaximumLength(4000);
        }
    }

    public sealed class Handler(CaseAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var @case = await access.ForWorkAsync(command.CaseId, CaseAction.RequestClosure, cancellationToken);
            @case.RequestClosure(command.Reason, command.Summary!, user.Id, clock.GetUtcNow());
            return MediatR.Unit.Value;
        }
    }
}
