using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
