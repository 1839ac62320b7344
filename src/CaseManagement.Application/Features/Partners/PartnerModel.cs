using CaseManagement.Domain.Referrals;

namespace CaseManagement.Application.Features.Partners;

public sealed record PartnerModel(Guid Id, string Name, string NameAr, PartnerType Type, IReadOnlyList<string> Services, string? CommuneCode,
    string? Contact, bool IsActive, string Version);
