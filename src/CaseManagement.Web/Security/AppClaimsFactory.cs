using System.Security.Claims;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseManagement.Web.Security;

/// <summary>Adds the user's unit and its time zone to the sign-in principal (cookie and bearer token alike).</summary>
internal sealed class AppClaimsFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options, CaseDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var timeZone = await db.Units.Where(u => u.Id == user.UnitId).Select(u => u.TimeZoneId).SingleOrDefaultAsync();
        identity.AddClaim(new Claim(AppClaims.UnitId, user.UnitId.ToString()));
        identity.AddClaim(new Claim(AppClaims.TimeZone, timeZone ?? Domain.Units.Unit.DefaultTimeZone));
        identity.AddClaim(new Claim("cm:name", user.DisplayName));
        return identity;
    }
}
