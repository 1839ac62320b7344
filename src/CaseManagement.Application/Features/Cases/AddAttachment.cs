using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using FluentValidation;
using MediatR;

namespace CaseManagement.Application.Features.Cases;

/// <summary>
/// Attaches a PDF, JPEG or PNG (at most 20 MB) to a case. The type is read from the file's first bytes; a name
/// whose extension does not match the content is refused. The bytes are stored in the database, outside the web root.
/// </summary>
public static class AddAttachment
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command(Guid CaseId, string FileName, byte[] Content) : ICommand<Guid>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.FileName).NotEmpty().MaximumLength(255);
            RuleFor(c => c.Content).NotEmpty().Must(c => c.LongLength <= CaseAttachment.MaxBytes).WithMessage("Attachment.TooLarge");
            RuleFor(c => c).Must(c => FileSignature.ContentTypeOf(c.Content) is { } type && FileSignature.ExtensionMatches(c.FileName, type))
                .WithName("Content").OverridePropertyName("Content").WithMessage("Attachment.TypeRefused");
        }
    }

    public sealed class Handler(CaseDbContext db, CaseAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var @case = await access.ForWorkAsync(command.CaseId, CaseAction.Work, cancellationToken);
            var (caseId, unitId) = (@case.Id, @case.UnitId);
            var name = Path.GetFileName(command.FileName.Replace('\\', '/'));
            var attachment = new CaseAttachment(caseId, unitId, name, FileSignature.ContentTypeOf(command.Content)!, command.Content.LongLength,
                user.Id, clock.GetUtcNow());
            db.CaseAttachments.Add(attachment);
            db.AttachmentContents.Add(new AttachmentContent(attachment.Id, command.Content));
            return attachment.Id;
        }
    }
}
