using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using MediatR;

namespace CaseManagement.Application.Features.Cases;

public static class SubmitPlan
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command(Guid CaseId) : ICommand<MediatR.Unit>;

    public sealed class Handler(CaseAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var @case = await access.ForWorkAsync(command.CaseId, CaseAction.SubmitPlan, cancellationToken);
            @case.SubmitPlan(user.Id, clock.GetUtcNow());
            return MediatR.Unit.Value;
        }
    }
}
