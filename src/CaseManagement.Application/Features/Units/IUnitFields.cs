namespace CaseManagement.Application.Features.Units;

public interface IUnitFields
{
    string? Name { get; }
    string? NameAr { get; }
    string? Code { get; }
    string? TimeZoneId { get; }

    /// <summary>Empty on creation: the only province, when there is just one; empty on an edit: unchanged.</summary>
    Guid? ProvinceId { get; }
    Guid? ExistingId { get; }
}
