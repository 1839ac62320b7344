namespace CaseManagement.Application.Security;

/// <summary>Who is acting: a signed-in user, or nobody.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    Guid Id { get; }
    /// <summary>The user's unit; empty for provincial and partner viewers.</summary>
    Guid UnitId { get; }

    /// <summary>The province of the user's unit, or the province a provincial or partner viewer belongs to.</summary>
    Guid? ProvinceId { get; }
    string TimeZoneId { get; }
    string? IpAddress { get; }
    bool IsInRole(string role);
}
