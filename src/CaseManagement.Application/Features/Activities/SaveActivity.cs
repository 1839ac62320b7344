using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Activities;
using CaseManagement.Domain.Reference;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Activities;

/// <summary>
/// Records an activity of the unit (no id) or corrects one (id and the version read with it): an awareness session, a
/// coordination meeting, a training (with the professionals trained) or a migration-prevention action. Social workers
/// and supervisors of the unit. The milieu defaults to the commune's.
/// </summary>
public static class SaveActivity
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ICommand<Result>
    {
        public Guid? Id { get; set; }
        public DateOnly? Date { get; set; }
        public ActivityType Type { get; set; }
        public CoordinationKind? CoordinationKind { get; set; }
        public string? Place { get; set; }
        public string? CommuneCode { get; set; }
        public Milieu? Milieu { get; set; }
        public Participants Participants { get; set; } = new();
        public decimal Hours { get; set; }
        public string? Topic { get; set; }
        public string? Organisers { get; set; }
        public int? PlacesReached { get; set; }
        public List<Trainee> Trainees { get; set; } = [];
        public string? Version { get; set; }
    }

    public sealed record Result(Guid Id, string Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(CaseDbContext db, ICurrentUser user, TimeProvider clock)
        {
            RuleFor(c => c.Date).NotNull().Must(d => d <= user.Today(clock)).WithMessage("Activity.DateInFuture");
            RuleFor(c => c.Type).IsInEnum();
            RuleFor(c => c.CoordinationKind).NotNull().When(c => c.Type == ActivityType.CoordinationMeeting).WithMessage("Activity.CoordinationKindRequired")
                .IsInEnum();
            RuleFor(c => c.Place).NotEmpty().MaximumLength(200);
            RuleFor(c => c.CommuneCode)
                .MustAsync(async (code, ct) => string.IsNullOrEmpty(code) || await db.Communes.AnyAsync(x => x.Code == code, ct))
                .WithMessage("Child.UnknownCommune");
            RuleFor(c => c.Milieu).IsInEnum();
            RuleFor(c => c.Participants).NotNull().ChildRules(p =>
            {
                foreach (var count in new System.Linq.Expressions.Expression<Func<Participants, int>>[]
                         {
                             x => x.ChildrenFemale, x => x.ChildrenMale, x => x.ParentsFemale, x => x.ParentsMale, x => x.ProfessionalsFemale, x => x.ProfessionalsMale,
                         })
                    p.RuleFor(count).InclusiveBetween(0, 10_000);
            });
            RuleFor(c => c.Hours).GreaterThan(0).LessThanOrEqualTo(500);
            RuleFor(c => c.Topic).NotEmpty().MaximumLength(500);
            RuleFor(c => c.Organisers).MaximumLength(500);
            RuleFor(c => c.PlacesReached).InclusiveBetween(0, 10_000);
            RuleFor(c => c.Trainees).NotNull().Must(t => t.Count <= Activity.MaxTrainees).WithMessage("Activity.InvalidTrainees")
                .Must((c, t) => t.Count == 0 || c.Type == ActivityType.Training).WithMessage("Activity.TraineesOnlyForTraining");
            RuleForEach(c => c.Trainees).NotNull().ChildRules(t =>
            {
                t.RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
                t.RuleFor(x => x.Organisation).MaximumLength(200);
            });
            RuleFor(c => c.Version).NotEmpty().Must(VersionToken.IsValid).When(c => c.Id is not null);
        }
    }

    public sealed class Handler(CaseDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken cancellationToken)
        {
            var today = user.Today(clock);
            var milieu = c.Milieu;
            if (milieu is null && !string.IsNullOrEmpty(c.CommuneCode))
                milieu = await db.Communes.Where(x => x.Code == c.CommuneCode).Select(x => (Milieu?)x.Milieu).SingleOrDefaultAsync(cancellationToken);

            Activity activity;
            if (c.Id is not { } id)
            {
                activity = Activity.Record(user.UnitId, c.Date!.Value, c.Type, c.CoordinationKind, c.Place!, c.CommuneCode, milieu, c.Participants, c.Hours,
                    c.Topic!, c.Organisers, c.PlacesReached, c.Trainees, user.Id, clock.GetUtcNow(), today);
                db.Activities.Add(activity);
            }
            else
            {
                var unitId = user.UnitId;
                activity = await db.Activities.SingleOrDefaultAsync(a => a.Id == id && a.UnitId == unitId, cancellationToken)
                           ?? throw new NotFoundException(nameof(Activity), id);
                db.ExpectVersion(activity, c.Version!);
                activity.Change(c.Date!.Value, c.Type, c.CoordinationKind, c.Place!, c.CommuneCode, milieu, c.Participants, c.Hours, c.Topic!,
                    c.Organisers, c.PlacesReached, c.Trainees, today);
            }

            await db.SaveChangesAsync(cancellationToken); // inside the command's transaction; gives the new version
            return new Result(activity.Id, db.VersionOf(activity));
        }
    }
}
