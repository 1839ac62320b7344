using CaseManagement.Application.Features.Cases;
using CaseManagement.Application.Features.FollowUps;
using CaseManagement.Application.Features.Partners;
using CaseManagement.Application.Features.Referrals;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Referrals;
using MediatR;

namespace CaseManagement.Web.Api;

/// <summary>The case pathway over HTTP: the same commands as the pages, one line each.</summary>
internal static class CasesEndpoints
{
    public sealed record TransitionRequest(CaseStatus To, string? Reason = null, NotRetainedReason? NotRetainedReason = null);
    public sealed record AssignmentRequest(Guid SocialWorkerId, string? Version = null);
    public sealed record DecisionRequest(bool Approved, string? Comment = null);
    public sealed record CompletionRequest(string? Outcome = null);
    public sealed record ReferralStatusRequest(ReferralStatus Status, string? Feedback = null, string? Outcome = null, DateOnly? ExpectedResponseOn = null);

    public static void MapCasesEndpoints(this IEndpointRouteBuilder api)
    {
        var cases = api.MapGroup("/cases").RequireAuthorization(Policies.CaseWorkers).WithTags("Cases");

        cases.MapPost("/", async (ReportCase.Command command, IMediator mediator, CancellationToken ct) =>
        {
            var result = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/v1/cases/{result.Id}", result);
        }).ProducesValidationProblem();

        cases.MapGet("/", (CaseStatus? status, string? assignedTo, Guid? childId, string? after, int? pageSize, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListCases.Query { Status = status, AssignedTo = assignedTo, ChildId = childId, After = after, PageSize = pageSize ?? 20 }, ct));

        cases.MapGet("/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetCase.Query(id), ct))
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        cases.MapGet("/{id:guid}/decision", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetDecision.Query(id), ct))
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapPost("/{id:guid}/transitions", (Guid id, TransitionRequest body, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new TransitionCase.Command { CaseId = id, To = body.To, Reason = body.Reason, NotRetainedReason = body.NotRetainedReason }, ct))
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost("/{id:guid}/assignment", (Guid id, AssignmentRequest body, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new AssignCase.Command { CaseId = id, SocialWorkerId = body.SocialWorkerId, Version = body.Version }, ct))
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPut("/{id:guid}/flags", (Guid id, UpdateCaseFlags.Command command, IMediator mediator, CancellationToken ct) =>
            Answers.NoContentAsync(mediator, command with { CaseId = id }, ct));

        cases.MapPost("/{id:guid}/assessment", (Guid id, RecordAssessment.Command command, IMediator mediator, CancellationToken ct) =>
            Answers.NoContentAsync(mediator, command with { CaseId = id }, ct));

        cases.MapPost("/{id:guid}/plan", (Guid id, SavePlan.Command command, IMediator mediator, CancellationToken ct) =>
            Answers.NoContentAsync(mediator, command with { CaseId = id }, ct));
        cases.MapPost("/{id:guid}/plan/submission", (Guid id, IMediator mediator, CancellationToken ct) =>
            Answers.NoContentAsync(mediator, new SubmitPlan.Command(id), ct));
        cases.MapPost("/{id:guid}/plan/approval", (Guid id, DecisionRequest body, IMediator mediator, CancellationToken ct) =>
            Answers.NoContentAsync(mediator, new DecidePlan.Command { CaseId = id, Approved = body.Approved, Comment = body.Comment }, ct));

        cases.MapPost("/{id:guid}/closure-request", (Guid id, RequestClosure.Command command, IMediator mediator, CancellationToken ct) =>
            Answers.NoContentAsync(mediator, command with { CaseId = id }, ct));
        cases.MapPost("/{id:guid}/closure-approval", (Guid id, DecisionRequest body, IMediator mediator, CancellationToken ct) =>
            Answers.NoContentAsync(mediator, new DecideClosure.Command { CaseId = id, Approved = body.Approved, Comment = body.Comment }, ct));

        cases.MapPost("/{id:guid}/notes", async (Guid id, AddNote.Command command, IMediator mediator, CancellationToken ct) =>
            TypedResults.Created($"/api/v1/cases/{id}", new NewRecord(await mediator.Send(command with { CaseId = id }, ct))));

        cases.MapPost("/{id:guid}/attachments", async (Guid id, HttpRequest request, IMediator mediator, CancellationToken ct) =>
        {
            var (fileName, content) = await Uploads.ReadAsync(request, "file", ct);
            var attachmentId = await mediator.Send(new AddAttachment.Command(id, fileName, content), ct);
            return TypedResults.Created($"/api/v1/attachments/{attachmentId}", new NewRecord(attachmentId));
        }).DisableAntiforgery().Accepts<IFormFile>("multipart/form-data").ProducesValidationProblem();

        cases.MapPost("/{id:guid}/follow-ups", async (Guid id, ScheduleFollowUp.Command command, IMediator mediator, CancellationToken ct) =>
        {
            var followUpId = await mediator.Send(command with { CaseId = id }, ct);
            return TypedResults.Created($"/api/v1/follow-ups/{followUpId}", new NewRecord(followUpId));
        }).ProducesValidationProblem();

        cases.MapPost("/{id:guid}/services", async (Guid id, RecordService.Command command, IMediator mediator, CancellationToken ct) =>
        {
            var serviceId = await mediator.Send(command with { CaseId = id }, ct);
            return TypedResults.Created($"/api/v1/cases/{id}", new NewRecord(serviceId));
        }).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost("/{id:guid}/referrals", async (Guid id, ReferCase.Command command, IMediator mediator, CancellationToken ct) =>
        {
            var referralId = await mediator.Send(command with { CaseId = id }, ct);
            return TypedResults.Created($"/api/v1/referrals/{referralId}", new NewRecord(referralId));
        }).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        var caseWork = api.MapGroup("/").RequireAuthorization(Policies.CaseWorkers).WithTags("Cases");
        caseWork.MapGet("/attachments/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
        {
            var file = await mediator.Send(new DownloadAttachment.Query(id), ct);
            return Results.File(file.Content, file.ContentType, file.FileName);
        }).ProducesFile("application/octet-stream");
        caseWork.MapGet("/follow-ups", (string? assignee, string? due, string? after, int? pageSize, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListFollowUps.Query { Assignee = assignee ?? "me", Due = due, After = after, PageSize = pageSize ?? 20 }, ct));
        caseWork.MapPost("/follow-ups/{id:guid}/completion", (Guid id, CompletionRequest body, IMediator mediator, CancellationToken ct) =>
            Answers.NoContentAsync(mediator, new ChangeFollowUp.Command { FollowUpId = id, Change = FollowUpChange.Done, Outcome = body.Outcome }, ct));
        caseWork.MapPost("/follow-ups/{id:guid}/changes", (Guid id, ChangeFollowUp.Command command, IMediator mediator, CancellationToken ct) =>
            Answers.NoContentAsync(mediator, command with { FollowUpId = id }, ct));
        caseWork.MapPost("/referrals/{id:guid}/status", (Guid id, ReferralStatusRequest body, IMediator mediator, CancellationToken ct) =>
            Answers.NoContentAsync(mediator, new ChangeReferralStatus.Command
            {
                ReferralId = id, Status = body.Status, Feedback = body.Feedback, Outcome = body.Outcome, ExpectedResponseOn = body.ExpectedResponseOn,
            }, ct)).ProducesProblem(StatusCodes.Status409Conflict);

        var partners = api.MapGroup("/partners").RequireAuthorization(Policies.PartnerReaders).WithTags("Partners");
        partners.MapGet("/", (bool? includeInactive, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListPartners.Query(includeInactive ?? false), ct));
        partners.MapPost("/", async (SavePartner.Command command, IMediator mediator, CancellationToken ct) =>
        {
            var id = await mediator.Send(command with { Id = null }, ct);
            return TypedResults.Created($"/api/v1/partners/{id}", new NewRecord(id));
        }).RequireAuthorization(Policies.PartnerManagers).ProducesValidationProblem();
        partners.MapPut("/{id:guid}", (Guid id, SavePartner.Command command, IMediator mediator, CancellationToken ct) =>
            Answers.NoContentAsync(mediator, command with { Id = id }, ct)).RequireAuthorization(Policies.PartnerManagers);
    }
}
