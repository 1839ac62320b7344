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
        if (status == StatusCodes.Status500InternalServerError)
        {
            var kind = exception.GetType().FullName ?? "Exception";
            LogUnexpected(logger, kind, exception);
        }

        ProblemDetails problem = exception is ValidationException validation
            ? new HttpValidationProblemDetails(ErrorTranslation.FieldErrors(validation))
            : new ProblemDetails();
        problem.Status = status;
        problem.Title = ErrorTranslation.MessageOf(exception);
        if (exception is Domain.DomainRuleException rule)
            problem.Extensions["code"] = rule.Code;

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    // The exception's stack is logged for developers; no request data is, since it may hold personal data.
    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected {ExceptionType}")]
    private static partial void LogUnexpected(ILogger logger, string exceptionType, Exception exception);
}
