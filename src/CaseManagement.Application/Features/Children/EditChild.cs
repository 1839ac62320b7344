using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Children;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Children;

public static class EditChild
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ChildForm, ICommand<Result>
    {
        public Guid Id { get; set; }

        /// <summary>The concurrency token read with the child; a stale one makes the edit fail with a conflict.</summary>
        public string? Version { get; set; }
    }

    public sealed record Result(string Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(ChildFormValidator form)
        {
            Include(form);
            RuleFor(c => c.Id).NotEmpty();
            RuleFor(c => c.Version).NotEmpty().Must(VersionToken.IsValid);
        }
    }

    public sealed class Handler(CaseDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var child = await db.Children.VisibleTo(user).SingleOrDefaultAsync(c => c.Id == command.Id, cancellationToken)
                        ?? throw new NotFoundException(nameof(Child), command.Id);

            db.ExpectVersion(child, command.Version!);
            child.Update(command.ToDetails(), user.Today(clock));
            await db.SaveChangesAsync(cancellationToken); // inside the command's transaction; gives the new token
            return new Result(db.VersionOf(child));
        }
    }
}
