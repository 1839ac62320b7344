using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Application.Features.Cases;

public static class AddNote
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ICommand<Guid>
    {
        public Guid CaseId { get; set; }
        public string? Text { get; set; }
        public NoteSensitivity Sensitivity { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Text).NotEmpty().MaximumLength(8000);
            RuleFor(c => c.Sensitivity).IsInEnum();
        }
    }

    public sealed class Handler(CaseDbContext db, CaseAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var @case = await access.ForWorkAsync(command.CaseId, CaseAction.Work, cancellationToken);
            var note = new CaseNote(@case.Id, @case.UnitId, command.Text!, command.Sensitivity, user.Id, clock.GetUtcNow());
            db.CaseNotes.Add(note);
            return note.Id;
        }
    }
}
