namespace CaseManagement.Application.Security;

/// <summary>Who is acting: a signed-in user, or nobody.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    Guid Id { get; }
    Guid UnitId { get; }
    string TimeZoneId { get; }
    string? IpAddress { get; }
    bool IsInRole(string role);
}
