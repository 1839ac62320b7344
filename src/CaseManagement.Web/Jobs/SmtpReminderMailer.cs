using System.Globalization;
using CaseManagement.Application.Features.Notifications;
using CaseManagement.Web.Localization;
using MimeKit;

namespace CaseManagement.Web.Jobs;

/// <summary>The digest over SMTP (<see cref="Mail.SmtpSender"/>).</summary>
internal sealed class SmtpReminderMailer(Mail.SmtpSender smtp) : IReminderMailer
{
    public bool IsConfigured => smtp.IsConfigured;

    public async Task SendAsync(ReminderDigest digest, CancellationToken cancellationToken)
    {
        var culture = Cultures.ForLanguage(digest.Culture);
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
        try
        {
            var l = JsonStringLocalizer.Instance;
            var baseUrl = smtp.BaseUrl;
            var message = new MimeMessage();
            message.From.Add(smtp.From);
            message.To.Add(MailboxAddress.Parse(digest.To));
            message.Subject = l["Mail.Subject", digest.Items.Count.ToString(culture)];
            var lines = digest.Items.Select(i => $"- {l["Enum.ReminderRule." + i.Rule]} · {i.Reference} · {i.DueOn.ToString("d", culture)}");
            message.Body = new TextPart("plain")
            {
                Text = $"{l["Mail.Intro"]}\n\n{string.Join('\n', lines)}\n\n{l["Mail.Link"]} {baseUrl}/Notifications\n",
            };

            await smtp.SendAsync(message, cancellationToken);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}
