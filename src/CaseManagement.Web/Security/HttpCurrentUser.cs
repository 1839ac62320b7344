using System.Security.Claims;
using CaseManagement.Application.Security;

namespace CaseManagement.Web.Security;

/// <summary>The signed-in user of the current HTTP request, read from the claims set at sign-in.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true && Id != Guid.Empty;

    public Guid Id => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    public Guid UnitId => Guid.TryParse(Principal?.FindFirstValue(AppClaims.UnitId), out var id) ? id : Guid.Empty;

    public Guid? ProvinceId => Guid.TryParse(Principal?.FindFirstValue(AppClaims.ProvinceId), out var id) ? id : null;

    public string TimeZoneId => Principal?.FindFirstValue(AppClaims.TimeZone) ?? Domain.Units.Unit.DefaultTimeZone;

    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;
}
