using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace CaseManagement.Web.Mail;

/// <summary>Sends one message over SMTP (MailKit). Settings: Smtp:Host, Port, From, User, Password, Security (None, StartTls, SslOnConnect).</summary>
public sealed class SmtpSender(IConfiguration configuration)
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(configuration["Smtp:Host"]);

    public MailboxAddress From => MailboxAddress.Parse(configuration["Smtp:From"] ?? "noreply@upe.local");

    public string BaseUrl => (configuration["App:BaseUrl"] ?? "http://localhost:5080").TrimEnd('/');

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient();
        var security = Enum.TryParse<SecureSocketOptions>(configuration["Smtp:Security"], true, out var s) ? s : SecureSocketOptions.Auto;
        await client.ConnectAsync(configuration["Smtp:Host"]!, configuration.GetValue("Smtp:Port", 25), security, cancellationToken);
        if (!string.IsNullOrEmpty(configuration["Smtp:User"]))
            await client.AuthenticateAsync(configuration["Smtp:User"]!, configuration["Smtp:Password"] ?? string.Empty, cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}
