using System.Globalization;
using CaseManagement.Application.Auditing;
using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Children;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Children;

public static class SearchChildren
{
    /// <summary>
    /// Finds children of the user's unit by name in either script (ignoring case, diacritics and tashkeel),
    /// by file number or by birth year. Every word of <see cref="Q"/> must match.
    /// </summary>
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Query(string? Q, int Page = 1, int PageSize = 20) : IRequest<Paged<ChildListItem>>, IAuditedSearch;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Q).MaximumLength(200);
            RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
            RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        }
    }

    public sealed class Handler(CaseDbContext db, ICurrentUser user, AuditTrail audit) : IRequestHandler<Query, Paged<ChildListItem>>
    {
        public async Task<Paged<ChildListItem>> Handle(Query query, CancellationToken cancellationToken)
        {
            var children = db.Children.AsNoTracking().VisibleTo(user);
            if (FileNumber.TryRead(query.Q, out var fileNumber))
            {
                children = children.Where(c => c.FileNumber == fileNumber); // its unique index, not a scan of the names
            }
            else
            {
                foreach (var term in NameNormalizer.Normalize(query.Q).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8))
                {
                    if (term.Length == 4 && int.TryParse(term, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                        children = children.Where(c => c.BirthYear == year || c.SearchText.Contains(term));
                    else
                        children = children.Where(c => c.SearchText.Contains(term));
                }
            }

            var total = await children.CountAsync(cancellationToken);
            var items = await children
                .OrderByDescending(c => c.CreatedAt)
                .ThenBy(c => c.FileNumber)
                .Skip((query.Page - 1) * query.PageSize)
                .Take(query.PageSize)
                .ProjectToListItem()
                .ToListAsync(cancellationToken);
            audit.RecordSearch("ChildSearch", items.Select(i => i.Id));
            return new Paged<ChildListItem>(items, total, query.Page, query.PageSize);
        }
    }
}
