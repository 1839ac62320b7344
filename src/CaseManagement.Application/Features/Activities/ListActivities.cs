using System.Globalization;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Activities;
using CaseManagement.Domain.Reference;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Activities;

/// <summary>
/// The unit's activities, newest first, filtered by period and type, paged by key: <c>After</c> is the cursor the
/// previous page returned as <c>Next</c> (no offset, whatever the number of activities).
/// </summary>
public static class ListActivities
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Query : IRequest<Model>
    {
        public DateOnly? From { get; set; }
        public DateOnly? To { get; set; }
        public ActivityType? Type { get; set; }
        public string? After { get; set; }
        public int PageSize { get; set; } = 25;
    }

    public sealed record Model(IReadOnlyList<Item> Items, string? Next, int Total);

    public sealed record Item(Guid Id, DateOnly Date, ActivityType Type, CoordinationKind? CoordinationKind, string Place, string? CommuneCode, Milieu? Milieu,
        string Topic, int Participants, decimal Hours, int Trainees);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Type).IsInEnum();
            RuleFor(q => q.PageSize).InclusiveBetween(1, Features.Paging.MaxPageSize);
            RuleFor(q => q.After).Must(a => a is null || Cursor.TryParse(a, out _)).WithMessage("Paging.InvalidCursor");
            RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null);
        }
    }

    public sealed class Handler(CaseDbContext db, ICurrentUser user) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var unitId = user.UnitId;
            var activities = db.Activities.AsNoTracking().Where(a => a.UnitId == unitId);
            if (query.From is { } from)
                activities = activities.Where(a => a.Date >= from);
            if (query.To is { } to)
                activities = activities.Where(a => a.Date <= to);
            if (query.Type is { } type)
                activities = activities.Where(a => a.Type == type);
            var total = await activities.CountAsync(cancellationToken);

            if (query.After is not null && Cursor.TryParse(query.After, out var after))
                activities = activities.Where(a => a.Date < after.Date || (a.Date == after.Date && a.Id.CompareTo(after.Id) < 0));
            var rows = await activities.OrderByDescending(a => a.Date).ThenByDescending(a => a.Id).Take(query.PageSize + 1)
                .Select(a => new Item(a.Id, a.Date, a.Type, a.CoordinationKind, a.Place, a.CommuneCode, a.Milieu, a.Topic,
                    a.Participants.ChildrenFemale + a.Participants.ChildrenMale + a.Participants.ParentsFemale + a.Participants.ParentsMale
                    + a.Participants.ProfessionalsFemale + a.Participants.ProfessionalsMale, a.Hours, a.Trainees.Count))
                .ToListAsync(cancellationToken);
            var next = rows.Count > query.PageSize ? Cursor.Of(rows[query.PageSize - 1].Date, rows[query.PageSize - 1].Id) : null;
            return new Model(rows.Take(query.PageSize).ToList(), next, total);
        }
    }

    /// <summary>"yyyy-MM-dd_guid": the last item of the page.</summary>
    internal static class Cursor
    {
        public static string Of(DateOnly date, Guid id) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "_" + id.ToString("N");

        public static bool TryParse(string value, out (DateOnly Date, Guid Id) cursor)
        {
            cursor = default;
            var parts = value.Split('_');
            if (parts.Length != 2 || !DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                || !Guid.TryParseExact(parts[1], "N", out var id))
                return false;
            cursor = (date, id);
            return true;
        }
    }
}
