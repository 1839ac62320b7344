using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages;

/// <summary>
/// What a page shows when something failed that nobody foresaw: a plain message and the reference under which the
/// error was logged (the same trace id), never the exception. Reached only by re-execution from the exception handler.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string TraceId { get; private set; } = string.Empty;

    public IActionResult OnGet() => Show();

    public IActionResult OnPost() => Show();

    private IActionResult Show()
    {
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is null)
            return NotFound();
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        TraceId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        return Page();
    }
}
