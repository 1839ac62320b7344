using System.Globalization;
using CaseManagement.Application.Features.Notifications;
using CaseManagement.Web.Localization;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace CaseManagement.Web.Jobs;

/// <summary>The digest over SMTP (MailKit). Settings: Smtp:Host, Port, From, User, Password, Security (None, StartTls, SslOnConnect).</summary>
internal sealed class SmtpReminderMailer(IConfiguration configuration) : IReminderMailer
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(configuration["Smtp:Host"]);

    public async Task SendAsync(ReminderDigest digest, CancellationToken cancellationToken)
    {
        var culture = Cultures.ForLanguage(digest.Culture);
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
        try
        {
            var l = JsonStringLocalizer.Instance;
            var baseUrl = (configuration["App:BaseUrl"] ?? "http://localhost:5080").TrimEnd('/');
            var message = new MimeMessage();
            message.From.Add(MailboxAddress.Parse(configuration["Smtp:From"] ?? "noreply@upe.local"));
            message.To.Add(MailboxAddress.Parse(digest.To));
            message.Subject = l["Mail.Subject", digest.Items.Count.ToString(culture)];
            var lines = digest.Items.Select(i => $"- {l["Enum.ReminderRule." + i.Rule]} · {i.Reference} · {i.DueOn.ToString("d", culture)}");
            message.Body = new TextPart("plain")
            {
                Text = $"{l["Mail.Intro"]}\n\n{string.Join('\n', lines)}\n\n{l["Mail.Link"]} {baseUrl}/Notifications\n",
            };

            using var client = new SmtpClient();
            var security = Enum.TryParse<SecureSocketOptions>(configuration["Smtp:Security"], true, out var s) ? s : SecureSocketOptions.Auto;
            await client.ConnectAsync(configuration["Smtp:Host"]!, configuration.GetValue("Smtp:Port", 25), security, cancellationToken);
            if (!string.IsNullOrEmpty(configuration["Smtp:User"]))
                await client.AuthenticateAsync(configuration["Smtp:User"]!, configuration["Smtp:Password"] ?? string.Empty, cancellationToken);
            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(true, cancellationToken);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}
