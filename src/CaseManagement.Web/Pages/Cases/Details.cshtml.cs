using CaseManagement.Application.Features.Cases;
using CaseManagement.Application.Documents;
using CaseManagement.Application.Features.Documents;
using CaseManagement.Application.Features.FollowUps;
using CaseManagement.Application.Features.Partners;
using CaseManagement.Application.Features.Referrals;
using CaseManagement.Application.Features.Users;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Referrals;
using CaseManagement.Web.Api;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Cases;

/// <summary>
/// The case page. Each action is a small form posting to its own handler, then post/redirect/get. When a command is
/// refused, the page is shown again with the messages at the top; the case is loaded only when the page is rendered.
/// </summary>
[RequestSizeLimit(Api.Uploads.MaxRequestBytes)]
public sealed class DetailsModel(IMediator mediator, ICurrentUser user) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public GetCase.Model Case { get; private set; } = new();
    public IReadOnlyList<ListSocialWorkers.Worker> Workers { get; private set; } = [];
    public IReadOnlyList<PartnerModel> Partners { get; private set; } = [];

    public async Task EnsureLoadedAsync()
    {
        if (Case.Id != Guid.Empty)
            return;
        var ct = HttpContext.RequestAborted;
        Case = await mediator.Send(new GetCase.Query(Id), ct);
        if (Case.Can.Assign || user.IsInRole(Roles.Supervisor))
            Workers = await mediator.Send(new ListSocialWorkers.Query(), ct);
        if (Case.Can.Work)
            Partners = await mediator.Send(new ListPartners.Query(), ct);
    }

    public Task OnGetAsync() => EnsureLoadedAsync();

    public async Task<IActionResult> OnGetDownloadAsync(Guid attachmentId, CancellationToken ct)
    {
        var file = await mediator.Send(new DownloadAttachment.Query(attachmentId), ct);
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnGetSummaryPdfAsync(string? lang, bool restricted, CancellationToken ct) =>
        Pdf(await mediator.Send(new CaseSummaryPdf.Query(Id, DocumentsEndpoints.Language(lang), restricted), ct));

    public async Task<IActionResult> OnGetProsecutorLetterAsync(string? lang, CancellationToken ct) =>
        Pdf(await mediator.Send(new ProsecutorLetterPdf.Query(Id, lang ?? DocumentLanguages.Arabic), ct));

    public async Task<IActionResult> OnGetReferralLetterAsync(Guid referralId, string? lang, CancellationToken ct) =>
        Pdf(await mediator.Send(new ReferralLetterPdf.Query(referralId, DocumentsEndpoints.Language(lang)), ct));

    private FileContentResult Pdf(PdfFile file) => File(file.Content, PdfFile.ContentType, file.FileName);

    public Task<IActionResult> OnPostMoveAsync(CaseStatus to, string? reason, NotRetainedReason? notRetainedReason, CancellationToken ct) =>
        Do(new TransitionCase.Command { CaseId = Id, To = to, Reason = reason, NotRetainedReason = notRetainedReason }, ct);

    public Task<IActionResult> OnPostAssignAsync(Guid socialWorkerId, string? version, CancellationToken ct) =>
        Do(new AssignCase.Command { CaseId = Id, SocialWorkerId = socialWorkerId, Version = version }, ct);

    public Task<IActionResult> OnPostFlagsAsync(UpdateCaseFlags.Command flags, CancellationToken ct) => Do(flags with { CaseId = Id }, ct);

    public Task<IActionResult> OnPostAssessmentAsync(RecordAssessment.Command assessment, CancellationToken ct)
    {
        assessment.Findings = assessment.Findings.Where(f => !string.IsNullOrWhiteSpace(f.Finding) || f.ConcernLevel != ConcernLevel.None).ToList();
        return Do(assessment with { CaseId = Id }, ct);
    }

    public Task<IActionResult> OnPostPlanAsync(string? objectives, List<PlanAction> actions, DateOnly? nextReviewOn, CancellationToken ct) =>
        Do(new SavePlan.Command
        {
            CaseId = Id,
            Objectives = (objectives ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
            Actions = actions.Where(a => !string.IsNullOrWhiteSpace(a.What)).ToList(),
            NextReviewOn = nextReviewOn,
        }, ct);

    public Task<IActionResult> OnPostSubmitPlanAsync(CancellationToken ct) => Do(new SubmitPlan.Command(Id), ct);

    public Task<IActionResult> OnPostDecidePlanAsync(bool approved, string? comment, CancellationToken ct) =>
        Do(new DecidePlan.Command { CaseId = Id, Approved = approved, Comment = comment }, ct);

    public Task<IActionResult> OnPostRequestClosureAsync(ClosureReason reason, string? summary, CancellationToken ct) =>
        Do(new RequestClosure.Command { CaseId = Id, Reason = reason, Summary = summary }, ct);

    public Task<IActionResult> OnPostDecideClosureAsync(bool approved, string? comment, CancellationToken ct) =>
        Do(new DecideClosure.Command { CaseId = Id, Approved = approved, Comment = comment }, ct);

    public Task<IActionResult> OnPostNoteAsync(string? text, NoteSensitivity sensitivity, CancellationToken ct) =>
        Do(new AddNote.Command { CaseId = Id, Text = text, Sensitivity = sensitivity }, ct);

    public async Task<IActionResult> OnPostAttachmentAsync(CancellationToken ct)
    {
        try
        {
            var (fileName, content) = await Api.Uploads.ReadAsync(Request, "file", ct);
            return await Do(new AddAttachment.Command(Id, fileName, content), ct);
        }
        catch (FluentValidation.ValidationException refused) when (refused.Errors.All(e => e.PropertyName == "file"))
        {
            foreach (var error in refused.Errors)
                ModelState.AddModelError("file", Localization.JsonStringLocalizer.Instance.Translate(error.ErrorMessage));
            await EnsureLoadedAsync();
            return Page();
        }
    }

    public Task<IActionResult> OnPostFollowUpAsync(ScheduleFollowUp.Command followUp, CancellationToken ct) => Do(followUp with { CaseId = Id }, ct);

    public Task<IActionResult> OnPostFollowUpChangeAsync(Guid followUpId, FollowUpChange change, string? outcome, DateOnly? dueOn, CancellationToken ct) =>
        Do(new ChangeFollowUp.Command { FollowUpId = followUpId, Change = change, Outcome = outcome, DueOn = dueOn }, ct);

    public Task<IActionResult> OnPostServiceAsync(RecordService.Command service, CancellationToken ct) => Do(service with { CaseId = Id }, ct);

    public Task<IActionResult> OnPostReferralAsync(ReferCase.Command referral, CancellationToken ct) => Do(referral with { CaseId = Id }, ct);

    public Task<IActionResult> OnPostReferralStatusAsync(Guid referralId, ReferralStatus status, string? feedback, string? outcome, CancellationToken ct) =>
        Do(new ChangeReferralStatus.Command { ReferralId = referralId, Status = status, Feedback = feedback, Outcome = outcome }, ct);

    private async Task<IActionResult> Do<T>(IRequest<T> command, CancellationToken ct)
    {
        await mediator.Send(command, ct);
        TempData["Flash"] = "Common.Saved";
        return RedirectToPage(new { id = Id });
    }
}
