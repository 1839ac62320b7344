using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Reports;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Reports;
using FluentValidation;
using MediatR;

namespace CaseManagement.Application.Features.Reports;

/// <summary>
/// The sections the supervisor writes on the draft, in Arabic and in French: notable facts (anonymised), difficulties,
/// partner bottlenecks, recommendations. Only a draft is written; a validated report is frozen.
/// </summary>
public static class WriteReportNarratives
{
    [Authorize(Roles = Roles.Supervisor)]
    public sealed record Command : ICommand<MediatR.Unit>
    {
        public string Month { get; set; } = string.Empty;
        public string? NotableFactsAr { get; set; }
        public string? NotableFactsFr { get; set; }
        public string? DifficultiesAr { get; set; }
        public string? DifficultiesFr { get; set; }
        public string? BottlenecksAr { get; set; }
        public string? BottlenecksFr { get; set; }
        public string? RecommendationsAr { get; set; }
        public string? RecommendationsFr { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Month).IsReportMonth();
            foreach (var text in new System.Linq.Expressions.Expression<Func<Command, string?>>[]
                     {
                         c => c.NotableFactsAr, c => c.NotableFactsFr, c => c.DifficultiesAr, c => c.DifficultiesFr,
                         c => c.BottlenecksAr, c => c.BottlenecksFr, c => c.RecommendationsAr, c => c.RecommendationsFr,
                     })
                RuleFor(text).MaximumLength(ReportNarratives.MaxLength).Must(t => t is null || !t.Contains('\0', StringComparison.Ordinal)).WithMessage("Text.ControlCharacters");
        }
    }

    public sealed class Handler(CaseDbContext db, ICurrentUser user) : IRequestHandler<Command, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(Command c, CancellationToken cancellationToken)
        {
            var month = ReportMonth.Parse(c.Month);
            var report = await db.MonthlyReports.LatestAsync(user.UnitId, month, cancellationToken) ?? throw new NotFoundException(nameof(MonthlyReport), c.Month);
            report.WriteNarratives(new ReportNarratives
            {
                NotableFactsAr = Clean(c.NotableFactsAr), NotableFactsFr = Clean(c.NotableFactsFr), DifficultiesAr = Clean(c.DifficultiesAr),
                DifficultiesFr = Clean(c.DifficultiesFr), BottlenecksAr = Clean(c.BottlenecksAr), BottlenecksFr = Clean(c.BottlenecksFr),
                RecommendationsAr = Clean(c.RecommendationsAr), RecommendationsFr = Clean(c.RecommendationsFr),
            });
            return MediatR.Unit.Value;
        }

        private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ReplaceLineEndings("\n");
    }
}
