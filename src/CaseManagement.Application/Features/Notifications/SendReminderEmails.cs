using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Notifications;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Notifications;

/// <summary>The content of one digest: the user's language, and for each reminder its rule, record number and date.</summary>
public sealed record ReminderDigest(string To, string Culture, IReadOnlyList<(ReminderRule Rule, string Reference, DateOnly DueOn)> Items);

/// <summary>Sends a digest. Implemented with MailKit over SMTP; does nothing when SMTP is not configured.</summary>
public interface IReminderMailer
{
    bool IsConfigured { get; }
    Task SendAsync(ReminderDigest digest, CancellationToken cancellationToken);
}

/// <summary>
/// At most one digest e-mail per user per run, for the notifications not yet e-mailed, to users who keep e-mail on.
/// Each user's notifications are claimed (stamped) before sending, so two servers never send the same digest; a failed
/// send is not retried (the in-app notification remains). No child name is ever in the e-mail: rule, number, date.
/// </summary>
public static class SendReminderEmails
{
    [SystemJob]
    public sealed record Command : IRequest<Result>;

    public sealed record Result(int Emails);

    public sealed class Handler(CaseDbContext db, IReminderMailer mailer, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!mailer.IsConfigured)
                return new Result(0);
            var recipients = await db.Notifications.AsNoTracking().Where(n => n.EmailedAt == null)
                .Join(db.Users.Where(u => u.IsActive && u.EmailNotifications && u.Email != null), n => n.UserId, u => u.Id, (n, u) => u.Id)
                .Distinct().ToListAsync(cancellationToken);
            var sent = 0;
            foreach (var userId in recipients)
            {
                var stamp = clock.GetUtcNow();
                var claimed = await db.Notifications.Where(n => n.UserId == userId && n.EmailedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailedAt, stamp), cancellationToken);
                if (claimed == 0)
                    continue; // another server took them
                var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Email, u.PreferredCulture }).SingleAsync(cancellationToken);
                var items = await db.Notifications.AsNoTracking().Where(n => n.UserId == userId && n.EmailedAt == stamp)
                    .OrderBy(n => n.DueOn).Select(n => new { n.Rule, n.Reference, n.DueOn }).ToListAsync(cancellationToken);
                await mailer.SendAsync(new ReminderDigest(user.Email!, user.PreferredCulture, items.Select(i => (i.Rule, i.Reference, i.DueOn)).ToList()), cancellationToken);
                sent++;
            }

            return new Result(sent);
        }
    }
}
