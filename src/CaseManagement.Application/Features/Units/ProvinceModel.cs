namespace CaseManagement.Application.Features.Units;

public sealed record ProvinceModel(Guid Id, string Code, string Name, string NameAr, string Version);
