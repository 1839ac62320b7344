using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Placements;
using FluentValidation;
using MediatR;

namespace CaseManagement.Application.Features.Placements;

/// <summary>Corrects a kafala file (judgment, kafils, procedure, international details, concerns).</summary>
public static class UpdateKafala
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Command : ICommand<MediatR.Unit>
    {
        public Guid Id { get; set; }
        public AbandonmentJudgment Abandonment { get; set; } = new();
        public List<Kafil> Kafils { get; set; } = [];
        public KafalaProcedure Procedure { get; set; } = new();
        public KafalaAbroad Abroad { get; set; } = new();
        public bool HasConcerns { get; set; }
        public string? Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Kafils).NotEmpty().WithMessage("Kafala.KafilRequired");
            RuleForEach(c => c.Kafils).SetValidator(new KafilValidator());
            RuleFor(c => c.Abroad.DestinationCountry).Matches("^[A-Z]{2}$").When(c => c.Abroad.DestinationCountry is not null).WithMessage("Child.CountryCode");
            RuleFor(c => c.Version).NotEmpty().Must(VersionToken.IsValid);
        }
    }

    public sealed class Handler(CaseDbContext db, PlacementAccess access) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command c, CancellationToken cancellationToken)
        {
            var placement = await access.KafalaForWorkAsync(c.Id, cancellationToken);
            db.ExpectVersion(placement, c.Version!);
            placement.Update(c.Abandonment, c.Kafils, c.Procedure, c.Abroad, c.HasConcerns);
            return MediatR.Unit.Value;
        }
    }
}
