using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;

namespace CaseManagement.Application.Features.Users;

internal static class IdentityErrors
{
    /// <summary>Identity's refusals (weak password, taken e-mail) become field errors like any other validation.</summary>
    public static void ThrowIfFailed(this IdentityResult result, string field)
    {
        if (!result.Succeeded)
            throw new ValidationException(result.Errors.Select(e => new ValidationFailure(field, e.Description) { ErrorCode = "Identity." + e.Code }));
    }
}
