using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Children;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Children;

public static class RegisterChild
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ChildForm, ICommand<Result>;

    public sealed record Result(Guid Id, string FileNumber);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(ChildFormValidator form) => Include(form);
    }

    public sealed class Handler(CaseDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == user.UnitId, cancellationToken);
            var today = UnitClock.Today(clock, unit.TimeZoneId);
            var sequence = await db.NextFileSequenceAsync(unit.Id, today.Year, cancellationToken);

            var child = Child.Register(unit.Id, FileNumber.Format(unit.Code, today.Year, sequence), command.ToDetails(),
                user.Id, clock.GetUtcNow(), today);
            db.Children.Add(child);
            return new Result(child.Id, child.FileNumber);
        }
    }
}
