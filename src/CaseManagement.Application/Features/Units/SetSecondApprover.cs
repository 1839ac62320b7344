using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnitEntity = CaseManagement.Domain.Units.Unit;

namespace CaseManagement.Application.Features.Units;

/// <summary>
/// An administrator names the unit's second approver — an active supervisor of another unit — who decides the plans and
/// closures the unit's own supervisors submit (nobody approves their own submission; a unit with a single supervisor
/// would have nobody). An empty approver removes it.
/// </summary>
public static class SetSecondApprover
{
    [Authorize(Roles = Roles.Administrator)]
    public sealed record Command : ICommand<MediatR.Unit>
    {
        public Guid UnitId { get; set; }
        public Guid? ApproverId { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(CaseDbContext db)
        {
            RuleFor(c => c.ApproverId)
                .MustAsync(async (command, id, ct) => id is null || id == Guid.Empty
                                                      || await db.Users.Where(u => u.UnitId != command.UnitId).SupervisorsOf(db).AnyAsync(u => u.Id == id, ct))
                .WithMessage("Unit.SecondApproverNotSupervisor");
        }
    }

    public sealed class Handler(CaseDbContext db) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == command.UnitId, cancellationToken)
                       ?? throw new NotFoundException(nameof(UnitEntity), command.UnitId);
            unit.NameSecondApprover(command.ApproverId);
            return MediatR.Unit.Value;
        }
    }
}

/// <summary>Who may be named second approver of a unit: the active supervisors of the other units, by unit and name.</summary>
public static class ListApprovers
{
    /// <summary>A bound on the choice (a national service has a few hundred supervisors).</summary>
    public const int Limit = 500;

    [Authorize(Roles = Roles.Administrator)]
    public sealed record Query(Guid UnitId) : IRequest<IReadOnlyList<Approver>>;

    public sealed record Approver(Guid Id, string DisplayName, string UnitCode);

    public sealed class Handler(CaseDbContext db) : IRequestHandler<Query, IReadOnlyList<Approver>>
    {
        public async Task<IReadOnlyList<Approver>> Handle(Query query, CancellationToken cancellationToken) =>
            await (from u in db.Users.AsNoTracking().Where(u => u.UnitId != query.UnitId).SupervisorsOf(db)
                   join unit in db.Units on u.UnitId equals unit.Id
                   orderby unit.Code, u.DisplayName
                   select new Approver(u.Id, u.DisplayName, unit.Code))
                .Take(Limit).ToListAsync(cancellationToken);
    }
}
