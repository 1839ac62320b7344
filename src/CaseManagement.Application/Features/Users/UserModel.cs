namespace CaseManagement.Application.Features.Users;

/// <summary>A user as administrators see them: unit users have a unit, report viewers a province.</summary>
public sealed record UserModel(Guid Id, string Email, string DisplayName, string Role, Guid? UnitId, string? UnitCode, bool IsActive, bool IsLockedOut)
{
    public Guid? ProvinceId { get; init; }
    public string? ProvinceCode { get; init; }
    public string PreferredCulture { get; init; } = "fr";
    public DateTimeOffset? LastSignInAt { get; init; }
    public bool TwoFactorEnabled { get; init; }
}
