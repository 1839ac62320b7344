using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;

namespace CaseManagement.Application.Behaviors;

/// <summary>Logs the request's name and duration. Never the request itself: it carries personal data.</summary>
public sealed partial class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly string Name = RequestName.Of(typeof(TRequest));

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogHandled(logger, Name, elapsed);
            return response;
        }
        catch (Exception ex)
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var error = ex.GetType().Name;
            LogFailed(logger, Name, error, elapsed);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Handled {Request} in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string request, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} ended with {Exception} after {ElapsedMs:0.0} ms")]
    private static partial void LogFailed(ILogger logger, string request, string exception, double elapsedMs);
}

internal static class RequestName
{
    /// <summary>"RegisterChild.Command" rather than "Command".</summary>
    public static string Of(Type type) => type.DeclaringType is { } outer ? $"{outer.Name}.{type.Name}" : type.Name;
}
