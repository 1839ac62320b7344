using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Domain;
using CaseManagement.Web.Localization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Web.Errors;

/// <summary>The one mapping from the exceptions that cross the pipeline to HTTP statuses and user messages.</summary>
internal static class ErrorTranslation
{
    public static int StatusOf(Exception exception) => exception switch
    {
        ValidationException => StatusCodes.Status400BadRequest,
        UnauthenticatedException => StatusCodes.Status401Unauthorized,
        ForbiddenException => StatusCodes.Status403Forbidden,
        NotFoundException => StatusCodes.Status404NotFound,
        DomainRuleException => StatusCodes.Status409Conflict,
        NotPermittedException => StatusCodes.Status403Forbidden,
        DbUpdateConcurrencyException => StatusCodes.Status409Conflict,
        DbUpdateException taken when taken.IsUniqueViolation() => StatusCodes.Status409Conflict, // any other database error is a bug: 500, logged
        BadHttpRequestException bad => bad.StatusCode,
        Documents.DocumentTooLargeException => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static bool IsKnown(Exception exception) => StatusOf(exception) != StatusCodes.Status500InternalServerError;

    /// <summary>A message for the user, in their language; never the exception text of an unknown error.</summary>
    public static string MessageOf(Exception exception)
    {
        var l = JsonStringLocalizer.Instance;
        return exception switch
        {
            DomainRuleException rule => l.Translate(rule.Code),
            NotPermittedException refusal => l.Translate(refusal.Code),
            DbUpdateConcurrencyException => l.Translate("Error.Concurrency"),
            DbUpdateException taken when taken.IsUniqueViolation() => l.Translate("Error.Conflict"),
            NotFoundException => l.Translate("Error.NotFound"),
            ForbiddenException => l.Translate("Error.Forbidden"),
            UnauthenticatedException => l.Translate("Error.Unauthenticated"),
            ValidationException => l.Translate("Error.Validation"),
            BadHttpRequestException => l.Translate("Error.BadRequest"),
            Documents.DocumentTooLargeException => l.Translate("Document.TooLarge"),
            _ => l.Translate("Error.Unexpected"),
        };
    }

    /// <summary>Field errors keyed by the JSON path of the field (camelCase), messages translated.</summary>
    public static Dictionary<string, string[]> FieldErrors(ValidationException exception) =>
        exception.Errors
            .GroupBy(e => CamelPath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => JsonStringLocalizer.Instance.Translate(e.ErrorMessage)).Distinct().ToArray());

    /// <summary>
    /// A body the JSON reader refused: the field it stopped at (its path without <c>$.</c>), or the missing members it
    /// names, with a message saying whether a value is missing or malformed.
    /// </summary>
    public static Dictionary<string, string[]>? BodyErrors(BadHttpRequestException exception)
    {
        if (exception.InnerException is not System.Text.Json.JsonException json)
            return null;
        var l = JsonStringLocalizer.Instance;
        var message = json.Message;
        var missing = message.IndexOf("missing required properties including:", StringComparison.Ordinal);
        if (missing >= 0)
        {
            var names = System.Text.RegularExpressions.Regex.Matches(message[missing..], "'([^']+)'").Select(m => m.Groups[1].Value);
            return names.ToDictionary(n => CamelPath(n), _ => new[] { l.Translate("Input.Required") });
        }

        var path = json.Path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : string.Empty;
        var key = message.Contains("null", StringComparison.Ordinal) ? "Input.Required" : path.Length == 0 ? "Input.BodyMalformed" : "Input.Malformed";
        return new Dictionary<string, string[]> { [CamelPath(path)] = [l.Translate(key)] };
    }

    public static string CamelPath(string path) =>
        string.Join('.', path.Split('.').Select(segment => segment.Length == 0 ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));
}
