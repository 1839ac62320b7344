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

    /// <summary>The words that begin with <paramref name="prefix"/>: the range [prefix, prefix + U+FFFF) of the word index.</summary>
    private static System.Linq.Expressions.Expression<Func<ChildNameToken, bool>> Begins(string prefix)
    {
        var upTo = prefix + char.MaxValue;
#pragma warning disable CA1310 // translated to SQL: compared by the column's binary collation, never by a culture
        return t => t.Token.CompareTo(prefix) >= 0 && t.Token.CompareTo(upTo) < 0;
#pragma warning restore CA1310
    }

    public sealed class Handler(CaseDbContext db, ICurrentUser user, AuditTrail audit) : IRequestHandler<Query, Paged<ChildListItem>>
    {
        public async Task<Paged<ChildListItem>> Handle(Query query, CancellationToken cancellationToken)
        {
            var unitId = user.UnitId;
            var children = db.Children.AsNoTracking().VisibleTo(user);
            (int Total, bool Capped)? known = null;
            if (FileNumber.TryRead(query.Q, out var fileNumber))
            {
                children = children.Where(c => c.FileNumber == fileNumber); // its unique index, not a scan of the names
            }
            else
            {
                // Each word is a range of the (unit, word, child) index. How many children each word names is counted
                // there first (up to the cap, from the index alone); the rarest word's few children are then read by id,
                // and every other word is a probe of the child's own words. When even the rarest word is common, the
                // children are walked newest first and probed, which finds a page in a few hundred probes.
                IQueryable<Guid> Named(string term) =>
                    db.ChildNameTokens.Where(t => t.UnitId == unitId).Where(Begins(term)).Select(t => EF.Property<Guid>(t, "ChildId"));

                var terms = new List<(string Term, int Children, int? Year)>();
                foreach (var term in ChildNameToken.WordsOf(NameNormalizer.Normalize(query.Q)).Take(8))
                {
                    int? year = term.Length == 4 && int.TryParse(term, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
                    terms.Add((term, await Named(term).Distinct().Take(Paging.TotalCap + 1).CountAsync(cancellationToken), year));
                }

                terms = terms.OrderBy(t => t.Year is null ? 0 : 1).ThenBy(t => t.Children).ToList();
                for (var i = 0; i < terms.Count; i++)
                {
                    var (term, named, year) = terms[i];
                    var begins = Begins(term);
                    if (year is { } born)
                        children = children.Where(c => c.BirthYear == born || c.NameTokens.AsQueryable().Any(begins));
                    else if (i == 0 && named <= Paging.TotalCap)
                    {
                        var few = Named(term);
                        children = children.Where(c => few.Contains(c.Id));
                    }
                    else
                        children = children.Where(c => c.NameTokens.AsQueryable().Any(begins));
                }

                if (terms is [{ Year: null, Children: > Paging.TotalCap }])
                    known = (Paging.TotalCap, true); // one common word: more than the cap, no need to walk them
            }

            var count = known ?? await Paging.CountAsync(children, cancellationToken);
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
