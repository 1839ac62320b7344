using System.Diagnostics;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CaseManagement.Web.Errors;

/// <summary>Turns the pipeline's exceptions into RFC 9457 problem details for the API.</summary>
internal sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var status = ErrorTranslation.StatusOf(exception);
        var traceId = Activity.Current?.Id ?? httpContext.TraceIdentifier;
        if (status == StatusCodes.Status500InternalServerError)
            LogUnexpected(logger, exception.GetType().FullName ?? "Exception", traceId, exception);

        // A page (not the API) shows the error page with the same trace id: the exception handler re-executes /Error.
        // (The middleware has already pointed the request at /Error: the path asked for is in the feature.)
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value;
        if (path?.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) != true && status == StatusCodes.Status500InternalServerError)
            return false;

        ProblemDetails problem = exception switch
        {
            ValidationException validation => new HttpValidationProblemDetails(ErrorTranslation.FieldErrors(validation)),
            BadHttpRequestException bad when ErrorTranslation.BodyErrors(bad) is { } fields => new HttpValidationProblemDetails(fields),
            _ => new ProblemDetails(),
        };
        problem.Status = status;
        problem.Title = problem is HttpValidationProblemDetails ? ErrorTranslation.MessageOf(new ValidationException([])) : ErrorTranslation.MessageOf(exception);
        if (exception is Domain.DomainRuleException rule)
            problem.Extensions["code"] = rule.Code;
        if (exception is Domain.NotPermittedException refusal)
            problem.Extensions["code"] = refusal.Code;
        problem.Extensions["traceId"] = traceId;

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    // The exception's stack is logged for developers, under the trace id the user is shown; no request data is, since
    // it may hold personal data. The response carries the trace id and a plain message, never the stack.
    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected {ExceptionType} (trace {TraceId})")]
    private static partial void LogUnexpected(ILogger logger, string exceptionType, string traceId, Exception exception);
}
