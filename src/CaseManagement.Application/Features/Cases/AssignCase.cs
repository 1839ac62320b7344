using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Cases;

/// <summary>
/// A supervisor assigns or reassigns a case to a social worker of the unit; the worker takes over the case's
/// planned follow-ups. With <see cref="Command.Version"/>, a concurrent change makes the assignment fail (409).
/// </summary>
public static class AssignCase
{
    [Authorize(Roles = Roles.Supervisor)]
    public sealed record Command : ICommand<Result>
    {
        public Guid CaseId { get; set; }
        public Guid SocialWorkerId { get; set; }
        public string? Version { get; set; }
    }

    public sealed record Result(string Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.SocialWorkerId).NotEmpty();
            RuleFor(c => c.Version).Must(VersionToken.IsValid).When(c => c.Version is not null);
        }
    }

    public sealed class Handler(CaseDbContext db, CaseAccess access, UserAccess users, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var @case = await access.ForWorkAsync(command.CaseId, CaseAction.Assign, cancellationToken);
            if (command.Version is not null)
                db.ExpectVersion(@case, command.Version);
            await users.DemandSocialWorkerAsync(command.SocialWorkerId, nameof(Command.SocialWorkerId), cancellationToken);

            var previous = @case.AssignedTo;
            var now = clock.GetUtcNow();
            @case.AssignTo(command.SocialWorkerId, user.Id, now);
            var followUps = await db.FollowUps.Where(f => f.CaseId == @case.Id).ToListAsync(cancellationToken);
            foreach (var followUp in followUps)
                followUp.HandOver(previous, command.SocialWorkerId, now);

            await db.SaveChangesAsync(cancellationToken);
            return new Result(db.VersionOf(@case));
        }
    }
}
