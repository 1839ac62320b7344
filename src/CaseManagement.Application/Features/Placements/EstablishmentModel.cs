using CaseManagement.Domain.Placements;

namespace CaseManagement.Application.Features.Placements;

public sealed record EstablishmentModel(Guid Id, string Name, string NameAr, EstablishmentCategory Category, int Capacity, int Present,
    string? CommuneCode, bool IsActive);
