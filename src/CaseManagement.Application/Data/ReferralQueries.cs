using CaseManagement.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Data;

/// <summary>A referral with its partner's names, as the case page and the case summary list them.</summary>
public sealed record ReferralWithPartner(Referral Referral, string Name, string NameAr);

public static class ReferralQueries
{
    /// <summary>The case's referrals, oldest first, with their partners' names.</summary>
    public static Task<List<ReferralWithPartner>> ReferralsOfCaseAsync(this CaseDbContext db, Guid caseId, CancellationToken ct) =>
        (from r in db.Referrals.AsNoTracking()
         join p in db.Partners on r.PartnerId equals p.Id
         where r.CaseId == caseId
         orderby r.CreatedAt
         select new ReferralWithPartner(r, p.Name, p.NameAr)).ToListAsync(ct);
}
