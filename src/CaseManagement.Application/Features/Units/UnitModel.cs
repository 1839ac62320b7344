namespace CaseManagement.Application.Features.Units;

public sealed record UnitModel(Guid Id, string Name, string NameAr, string Code, string TimeZoneId, string Version, Domain.Units.TimelinessStandards Standards, Domain.Units.ReminderSettings Reminders)
{
    public Guid ProvinceId { get; init; }

    /// <summary>The supervisor of another unit who decides this unit's supervisors' own submissions (<see cref="SetSecondApprover"/>).</summary>
    public Guid? SecondApproverId { get; init; }
}
