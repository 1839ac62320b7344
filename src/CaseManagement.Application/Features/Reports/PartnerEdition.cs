using CaseManagement.Application.Auditing;
using CaseManagement.Application.Data;
using CaseManagement.Application.Reports;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using FluentValidation;
using MediatR;

namespace CaseManagement.Application.Features.Reports;

/// <summary>
/// What the cooperation partners in France receive: the French edition's kafala-abroad and migration-prevention figures
/// (with the children on the move or returned taken in charge), summed over the validated reports of the province's
/// units for the month, under disclosure control. The partners see nothing else: no unit's report, no child, no case.
/// </summary>
public static class PartnerEdition
{
    [Authorize(Roles = Roles.PartnerEditionReaders)]
    public sealed record Query(string Month) : IRequest<PartnerFigures>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Month).IsReportMonth();
    }

    public sealed class Handler(CaseDbContext db, ICurrentUser user, AuditTrail audit) : IRequestHandler<Query, PartnerFigures>
    {
        public async Task<PartnerFigures> Handle(Query query, CancellationToken cancellationToken)
        {
            var model = await db.PartnerFiguresAsync(user, ReportMonth.Parse(query.Month), cancellationToken);
            audit.Record(AuditAction.Read, "PartnerEdition", null, user.UnitId == Guid.Empty ? null : user.UnitId);
            await db.SaveChangesAsync(cancellationToken);
            return model;
        }
    }
}
