using System.Threading.Channels;
using MimeKit;

namespace CaseManagement.Web.Mail;

/// <summary>
/// Messages sent after the request that asked for them has answered (a password-reset link): the answer takes the
/// same time whether or not a message goes out, and a slow mail server slows nobody. Kept in memory, at most 1,000.
/// </summary>
public sealed partial class MailOutbox(SmtpSender smtp, ILogger<MailOutbox> logger) : BackgroundService
{
    private readonly Channel<MimeMessage> _queue = Channel.CreateBounded<MimeMessage>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropWrite });

    public bool IsConfigured => smtp.IsConfigured;

    public void Enqueue(MimeMessage message)
    {
        message.From.Add(smtp.From);
        if (!_queue.Writer.TryWrite(message))
            LogDropped(logger);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var message in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await smtp.SendAsync(message, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex.GetType().Name); // never the address: it is personal data
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A message could not be sent ({Error})")]
    private static partial void LogFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The mail outbox is full: a message was dropped")]
    private static partial void LogDropped(ILogger logger);
}
