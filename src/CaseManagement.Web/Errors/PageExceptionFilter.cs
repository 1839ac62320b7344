using CaseManagement.Application.Errors;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Errors;

/// <summary>
/// On pages, validation errors go beside their fields (the bound model is named <c>Data</c>), rule violations and
/// conflicts go to the top of the form, and the form is shown again with what the user typed.
/// </summary>
internal sealed class PageExceptionFilter : IAsyncPageFilter
{
    public const string ModelPrefix = "Data";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not { } exception || executed.ExceptionHandled)
            return;

        switch (exception)
        {
            case NotFoundException:
                executed.Result = new NotFoundResult();
                break;
            case ForbiddenException:
                executed.Result = new ForbidResult();
                break;
            case ValidationException validation:
                foreach (var (field, messages) in ErrorTranslation.FieldErrors(validation))
                {
                    foreach (var message in messages)
                        executed.ModelState.AddModelError($"{ModelPrefix}.{Pascal(field)}", message);
                }

                executed.Result = new PageResult();
                break;
            default:
                if (!ErrorTranslation.IsKnown(exception))
                    return;
                executed.ModelState.AddModelError(string.Empty, ErrorTranslation.MessageOf(exception));
                executed.Result = new PageResult();
                break;
        }

        executed.ExceptionHandled = true;
    }

    private static string Pascal(string path) =>
        string.Join('.', path.Split('.').Select(s => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..]));
}
