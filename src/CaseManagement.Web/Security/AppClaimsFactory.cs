using System.Security.Claims;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseManagement.Web.Security;

/// <summary>
/// Adds the user's unit, its time zone and its province to the sign-in principal (cookie and bearer token alike);
/// a provincial or partner viewer has no unit, only their province.
/// </summary>
internal sealed class AppClaimsFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options, CaseDbContext db, IConfiguration configuration)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var unit = await db.Units.Where(u => u.Id == user.UnitId).Select(u => new { u.TimeZoneId, u.ProvinceId }).SingleOrDefaultAsync();
        if (user.UnitId is { } unitId)
            identity.AddClaim(new Claim(AppClaims.UnitId, unitId.ToString()));
        if ((unit?.ProvinceId ?? user.ProvinceId) is { } provinceId)
            identity.AddClaim(new Claim(AppClaims.ProvinceId, provinceId.ToString()));
        identity.AddClaim(new Claim(AppClaims.TimeZone, unit?.TimeZoneId ?? Domain.Units.Unit.DefaultTimeZone));
        identity.AddClaim(new Claim("cm:name", user.DisplayName));
        if (user.MustChangePassword)
            identity.AddClaim(new Claim(SignInGates.PasswordClaimType, "required"));
        var requiredRoles = TwoFactor.RequiredRoles(configuration);
        if (!user.TwoFactorEnabled && identity.FindAll(identity.RoleClaimType).Any(r => requiredRoles.Contains(r.Value)))
            identity.AddClaim(new Claim(TwoFactor.EnrolClaimType, "enrol"));
        return identity;
    }
}
