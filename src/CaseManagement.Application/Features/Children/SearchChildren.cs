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
    /// Finds children of the user's unit by name in either script (ignoring case, diacritics and tashkeel): every word
    /// of <see cref="Q"/> must begin a word of the child's names; a whole file number is looked up directly, a four-digit
    /// word also matches the birth year. Newest first, read by key (<see cref="After"/> is the previous page's
    /// <c>next</c>).
    /// </summary>
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Query(string? Q, string? After = null, int PageSize = 20) : IRequest<Paged<ChildListItem>>, IAuditedSearch;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Q).MaximumLength(200);
            RuleFor(q => q.After).Must(a => a is null || Cursor.TryRead(a, out _, out _)).WithMessage(Cursor.Invalid);
            RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        }
    }

    public sealed class Handler(CaseDbContext db, ICurrentUser user, AuditTrail audit) : IRequestHandler<Query, Paged<ChildListItem>>
    {
        public async Task<Paged<ChildListItem>> Handle(Query query, CancellationToken cancellationToken)
        {
            var unitId = user.UnitId;
            var children = db.Children.AsNoTracking().VisibleTo(user);
            if (FileNumber.TryRead(query.Q, out var fileNumber))
            {
                children = children.Where(c => c.FileNumber == fileNumber); // its unique index, not a scan of the names
            }
            else
            {
                // Each word is a range of the (unit, word) index: the children whose words begin with it.
                foreach (var term in ChildNameToken.WordsOf(NameNormalizer.Normalize(query.Q)).Take(8))
                {
                    var upTo = term + char.MaxValue;
                    var named = db.ChildNameTokens
                        .Where(t => t.UnitId == unitId && t.Token.CompareTo(term) >= 0 && t.Token.CompareTo(upTo) < 0)
                        .Select(t => EF.Property<Guid>(t, "ChildId"));
                    if (term.Length == 4 && int.TryParse(term, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                        children = children.Where(c => c.BirthYear == year || named.Contains(c.Id));
                    else
                        children = children.Where(c => named.Contains(c.Id));
                }
            }

            var count = await Paging.CountAsync(children, cancellationToken);
            var page = children;
            if (Cursor.TryRead(query.After, out var at, out var after))
                page = page.Where(c => c.CreatedAt <= at && (c.CreatedAt < at || c.FileNumber.CompareTo(after) < 0));
            var rows = await page
                .OrderByDescending(c => c.CreatedAt)
                .ThenByDescending(c => c.FileNumber)
                .Take(query.PageSize + 1)
                .ProjectToListItem()
                .ToListAsync(cancellationToken);
            var result = Paging.Page(rows, query.PageSize, r => r, r => Cursor.Of(r.CreatedAt, r.FileNumber), count);
            audit.RecordSearch("ChildSearch", result.Items.Select(i => i.Id));
            return result;
        }
    }
}
