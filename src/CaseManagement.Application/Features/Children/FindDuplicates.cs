using CaseManagement.Application.Auditing;
using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Children;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Children;

public static class FindDuplicates
{
    /// <summary>
    /// Children of the unit who are probably the one about to be registered: the same folded names in either
    /// script and the same birth year (or a birth year unknown on either side), or the same file number.
    /// </summary>
    [Validation.Stores(typeof(Domain.Children.Child))]
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Query : IRequest<IReadOnlyList<ChildListItem>>, IAuditedSearch
    {
        public string? GivenName { get; init; }
        public string? FamilyName { get; init; }
        public string? GivenNameAr { get; init; }
        public string? FamilyNameAr { get; init; }
        public DateOnly? DateOfBirth { get; init; }
        public string? FileNumber { get; init; }
    }

    public sealed class Handler(CaseDbContext db, ICurrentUser user, AuditTrail audit) : IRequestHandler<Query, IReadOnlyList<ChildListItem>>
    {
        public async Task<IReadOnlyList<ChildListItem>> Handle(Query query, CancellationToken cancellationToken)
        {
            var key = Key(query.GivenName, query.FamilyName);
            var keyAr = Key(query.GivenNameAr, query.FamilyNameAr);
            var fileNumber = string.IsNullOrWhiteSpace(query.FileNumber) ? null : query.FileNumber.Trim().ToUpperInvariant();
            if (key is null && keyAr is null && fileNumber is null)
                return [];

            var year = query.DateOfBirth?.Year;
            var found = await db.Children.AsNoTracking().VisibleTo(user)
                .Where(c => (fileNumber != null && c.FileNumber == fileNumber)
                            || (((key != null && c.NameKey == key) || (keyAr != null && c.NameKeyAr == keyAr))
                                && (year == null || c.BirthYear == null || c.BirthYear == year)))
                .OrderBy(c => c.FileNumber)
                .Take(20)
                .ProjectToListItem()
                .ToListAsync(cancellationToken);
            audit.RecordSearch("DuplicateCheck", found.Select(c => c.Id));
            return found;
        }

        private static string? Key(string? given, string? family)
        {
            var key = NameNormalizer.Normalize($"{given} {family}");
            return key.Length == 0 ? null : key;
        }
    }
}
