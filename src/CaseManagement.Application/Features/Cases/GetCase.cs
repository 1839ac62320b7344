using CaseManagement.Application.Auditing;
using CaseManagement.Application.Behaviors;
using CaseManagement.Application.Data;
using CaseManagement.Application.Errors;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Auditing;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.FollowUps;
using CaseManagement.Domain.Referrals;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Application.Features.Cases;

/// <summary>
/// A case as its page shows it: identification, intake, assessment, plan, closure, notes, follow-ups, referrals,
/// attachments, the timeline of everything that happened, and what the current user may do next.
/// Restricted notes appear only for the assigned social worker and supervisors, each view audited.
/// </summary>
public static class GetCase
{
    [Authorize(Roles = Roles.CaseWorkers)]
    public sealed record Query(Guid Id) : IRequest<Model>, IAuditedRead
    {
        public string AuditSubjectType => nameof(Case);
        public Guid AuditSubjectId => Id;
    }

    public sealed record Model
    {
        public Guid Id { get; init; }
        public string Number { get; init; } = string.Empty;
        public CaseStatus Status { get; init; }
        public Guid ChildId { get; init; }
        public string ChildFileNumber { get; init; } = string.Empty;
        public string? ChildName { get; init; }
        public string? ChildNameAr { get; init; }
        public Intake Intake { get; init; } = new();
        public IReadOnlyList<string> Concerns { get; init; } = [];
        public string? PrimaryConcern { get; init; }
        public bool Urgent { get; init; }
        public RiskLevel RiskLevel { get; init; }
        public Guid? AssignedTo { get; init; }
        public string? AssignedToName { get; init; }
        public NotRetainedReason? NotRetainedReason { get; init; }
        public DateOnly? OpenedOn { get; init; }
        public ProsecutorReport ProsecutorReport { get; init; } = new();
        public bool HasJudicialMeasure { get; init; }
        public JudicialMeasure JudicialMeasure { get; init; } = new();
        public bool PlacedInEps { get; init; }
        public bool Kafala { get; init; }
        public bool Transferred { get; init; }
        public Assessment? Assessment { get; init; }
        public InterventionPlan? Plan { get; init; }
        public ClosureRequest? Closure { get; init; }
        public IReadOnlyList<NoteModel> Notes { get; init; } = [];
        public int HiddenRestrictedNotes { get; init; }
        public IReadOnlyList<FollowUpModel> FollowUps { get; init; } = [];
        public IReadOnlyList<ReferralModel> Referrals { get; init; } = [];
        public IReadOnlyList<ServiceModel> Services { get; init; } = [];
        public IReadOnlyList<AttachmentModel> Attachments { get; init; } = [];
        public IReadOnlyList<TimelineEntry> Timeline { get; init; } = [];
        public AllowedActions Can { get; init; } = new();
        public string Version { get; init; } = string.Empty;
    }

    public sealed record NoteModel(Guid Id, DateTimeOffset WrittenAt, string? Author, NoteSensitivity Sensitivity, string Text);

    public sealed record FollowUpModel(Guid Id, FollowUpKind Kind, FollowUpPurpose Purpose, DateOnly DueOn, Guid? AssigneeId, string? Assignee,
        FollowUpStatus Status, string? Note, string? Outcome, bool Overdue, bool DueSoon)
    {
        /// <summary>Set when the system closed it; the page shows its label instead of an outcome.</summary>
        public FollowUpFulfilment? Fulfilment { get; init; }
    }

    public sealed record ReferralModel(Guid Id, Guid PartnerId, string PartnerName, string PartnerNameAr, string Service, ReferralStatus Status,
        bool ConsentGiven, string? ConsentOverrideReason, DateOnly? SentOn, DateOnly? ExpectedResponseOn, string? Feedback, string? Outcome, bool FeedbackOverdue);

    public sealed record ServiceModel(Guid Id, DateOnly Date, ServiceType Type, ServiceDeliverer Provider, string? PartnerName, string? PartnerNameAr,
        string? Note, string? RecordedBy);

    public sealed record AttachmentModel(Guid Id, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt, string? UploadedBy);

    /// <summary>One line of the case's story: a status change, an assignment, a note, a follow-up, a referral, a file.</summary>
    public sealed record TimelineEntry(DateTimeOffset At, string Kind, string? Who, string? From, string? To, string? Detail)
    {
        /// <summary>A detail the system wrote, as a code the page renders in the reader's language (e.g. a follow-up's fulfilment).</summary>
        public string? DetailCode { get; init; }
    }

    public sealed record AllowedActions
    {
        public IReadOnlyList<CaseStatus> MoveTo { get; init; } = [];
        public bool Assign { get; init; }
        public bool Assess { get; init; }
        public bool EditPlan { get; init; }
        public bool SubmitPlan { get; init; }
        public bool DecidePlan { get; init; }
        public bool RequestClosure { get; init; }
        public bool DecideClosure { get; init; }
        public bool Work { get; init; }
        public bool UpdateFlags { get; init; }
        public bool OverrideConsent { get; init; }
    }

    public sealed class Handler(CaseDbContext db, CaseAccess access, ICurrentUser user, TimeProvider clock, AuditTrail audit)
        : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var row = await db.Cases.AsNoTracking().InUnitOf(user)
                .Include(c => c.Transitions).Include(c => c.Assignments)
                .Where(c => c.Id == query.Id)
                .Select(c => new { Case = c, Version = EF.Property<byte[]>(c, CaseDbContext.VersionProperty) })
                .AsSplitQuery()
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException(nameof(Case), query.Id);
            var c = row.Case;
            access.Demand(c.Id, c.AssignedTo);

            var today = user.Today(clock);
            var child = await db.Children.AsNoTracking().Where(x => x.Id == c.ChildId)
                .Select(x => new { x.FileNumber, x.GivenName, x.FamilyName, x.GivenNameAr, x.FamilyNameAr }).SingleAsync(cancellationToken);
            var notes = await db.CaseNotes.AsNoTracking().Where(n => n.CaseId == c.Id).OrderByDescending(n => n.WrittenAt).ToListAsync(cancellationToken);
            var followUps = await db.FollowUps.AsNoTracking().Where(f => f.CaseId == c.Id).OrderBy(f => f.DueOn).ToListAsync(cancellationToken);
            var referrals = await db.ReferralsOfCaseAsync(c.Id, cancellationToken);
            var attachments = await db.CaseAttachments.AsNoTracking().Where(a => a.CaseId == c.Id).OrderBy(a => a.UploadedAt).ToListAsync(cancellationToken);
            var services = await (from s in db.ServiceDeliveries.AsNoTracking()
                                  where s.CaseId == c.Id
                                  orderby s.Date descending, s.RecordedAt descending
                                  select new { Service = s, Partner = db.Partners.Where(p => p.Id == s.PartnerId).Select(p => new { p.Name, p.NameAr }).FirstOrDefault() })
                .ToListAsync(cancellationToken);

            var people = c.Transitions.Select(t => t.By).Concat(c.Assignments.SelectMany(a => new[] { a.SocialWorkerId, a.AssignedBy }))
                .Concat(notes.Select(n => n.AuthorId)).Concat(followUps.Where(f => f.AssigneeId is not null).Select(f => f.AssigneeId!.Value))
                .Concat(attachments.Select(a => a.UploadedBy)).Concat(services.Select(s => s.Service.RecordedBy)).Concat(c.AssignedTo is { } a1 ? [a1] : []).Distinct().ToList();
            var names = await db.NamesAsync(people, cancellationToken);
            string? Name(Guid? id) => id is { } key && names.TryGetValue(key, out var name) ? name : null;

            var mayReadRestricted = access.CanReadRestricted(c.AssignedTo);
            var shownNotes = notes.Where(n => !n.IsRestricted || mayReadRestricted).ToList();
            foreach (var restricted in shownNotes.Where(n => n.IsRestricted))
                audit.Record(AuditAction.Read, nameof(CaseNote), restricted.Id, c.UnitId);

            var timeline = c.Transitions.Select(t => new TimelineEntry(t.At, "Status", Name(t.By), t.From.ToString(), t.To.ToString(), t.Reason))
                .Concat(c.Assignments.Select(a => new TimelineEntry(a.AssignedAt, "Assignment", Name(a.AssignedBy), null, Name(a.SocialWorkerId), null)))
                .Concat(shownNotes.Select(n => new TimelineEntry(n.WrittenAt, "Note", Name(n.AuthorId), null, n.Sensitivity.ToString(), n.Text)))
                .Concat(followUps.Where(f => f.CompletedAt is not null)
                    .Select(f => new TimelineEntry(f.CompletedAt!.Value, "FollowUp", Name(f.CompletedBy), f.Kind.ToString(), f.Status.ToString(), f.Outcome) { DetailCode = f.Fulfilment?.ToString() }))
                .Concat(referrals.Select(r => new TimelineEntry(r.Referral.CreatedAt, "Referral", null, r.Name, r.Referral.Status.ToString(), r.Referral.Service)))
                .Concat(attachments.Select(a => new TimelineEntry(a.UploadedAt, "Attachment", Name(a.UploadedBy), null, null, a.FileName)))
                .Concat(services.Select(s => new TimelineEntry(s.Service.RecordedAt, "Service", Name(s.Service.RecordedBy), s.Service.Provider.ToString(),
                    s.Service.Type.ToString(), s.Service.Note)))
                .Concat(c.Assessment is { } assessment ? [new TimelineEntry(assessment.AssessedAt, "Assessment", Name(assessment.AssessedBy), null, assessment.OverallRisk.ToString(), null)] : [])
                .OrderByDescending(e => e.At)
                .ToList();

            return new Model
            {
                Id = c.Id,
                Number = c.Number,
                Status = c.Status,
                ChildId = c.ChildId,
                ChildFileNumber = child.FileNumber,
                ChildName = string.Join(' ', new[] { child.GivenName, child.FamilyName }.Where(s => s is not null)),
                ChildNameAr = string.Join(' ', new[] { child.GivenNameAr, child.FamilyNameAr }.Where(s => s is not null)),
                Intake = c.Intake,
                Concerns = c.Concerns.Select(x => x.Code).ToList(),
                PrimaryConcern = c.PrimaryConcern,
                Urgent = c.Urgent,
                RiskLevel = c.RiskLevel,
                AssignedTo = c.AssignedTo,
                AssignedToName = Name(c.AssignedTo),
                NotRetainedReason = c.NotRetainedReason,
                OpenedOn = c.OpenedOn,
                ProsecutorReport = c.ProsecutorReport,
                HasJudicialMeasure = c.HasJudicialMeasure,
                JudicialMeasure = c.JudicialMeasure,
                PlacedInEps = c.PlacedInEps,
                Kafala = c.Kafala,
                Transferred = c.Transferred,
                Assessment = c.Assessment,
                Plan = c.Plan,
                Closure = c.Closure,
                Notes = shownNotes.Select(n => new NoteModel(n.Id, n.WrittenAt, Name(n.AuthorId), n.Sensitivity, n.Text)).ToList(),
                HiddenRestrictedNotes = notes.Count - shownNotes.Count,
                FollowUps = followUps.Select(f => new FollowUpModel(f.Id, f.Kind, f.Purpose, f.DueOn, f.AssigneeId, Name(f.AssigneeId), f.Status, f.Note,
                    f.Outcome, FollowUp.IsOverdue(f.Status, f.DueOn, today), FollowUp.IsDueSoon(f.Status, f.DueOn, today)) { Fulfilment = f.Fulfilment }).ToList(),
                Referrals = referrals.Select(r => new ReferralModel(r.Referral.Id, r.Referral.PartnerId, r.Name, r.NameAr, r.Referral.Service, r.Referral.Status,
                    r.Referral.ConsentGiven, r.Referral.ConsentOverrideReason, r.Referral.SentOn, r.Referral.ExpectedResponseOn, r.Referral.Feedback,
                    r.Referral.Outcome, r.Referral.FeedbackOverdue(today))).ToList(),
                Services = services.Select(s => new ServiceModel(s.Service.Id, s.Service.Date, s.Service.Type, s.Service.Provider, s.Partner?.Name,
                    s.Partner?.NameAr, s.Service.Note, Name(s.Service.RecordedBy))).ToList(),
                Attachments = attachments.Select(a => new AttachmentModel(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedAt, Name(a.UploadedBy))).ToList(),
                Timeline = timeline,
                Can = Allowed(c),
                Version = VersionToken.Encode(row.Version),
            };
        }

        /// <summary>What the page offers: exactly what the case allows this user now (the commands ask the same question).</summary>
        private AllowedActions Allowed(Case c)
        {
            var actor = access.Actor;
            return new AllowedActions
            {
                MoveTo = c.AvailableMoves,
                Assign = c.Allows(actor, CaseAction.Assign),
                Assess = c.Allows(actor, CaseAction.Assess),
                EditPlan = c.Allows(actor, CaseAction.EditPlan),
                SubmitPlan = c.Allows(actor, CaseAction.SubmitPlan),
                DecidePlan = c.Allows(actor, CaseAction.DecidePlan),
                RequestClosure = c.Allows(actor, CaseAction.RequestClosure),
                DecideClosure = c.Allows(actor, CaseAction.DecideClosure),
                Work = c.Allows(actor, CaseAction.Work),
                UpdateFlags = c.Allows(actor, CaseAction.UpdateFlags),
                OverrideConsent = c.Allows(actor, CaseAction.OverrideConsent),
            };
        }
    }
}
