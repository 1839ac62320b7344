using CaseManagement.Application.Features.Cases;
using CaseManagement.Application.Features.Partners;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Referrals;

namespace CaseManagement.IntegrationTests.Infrastructure;

/// <summary>Invented reports. Defaults: neglect reported by a school, not urgent, medium risk.</summary>
public sealed class CaseBuilder(Guid childId)
{
    private bool _urgent;
    private string[] _concerns = ["NEG", "SCO"];
    private string _primary = "NEG";

    public CaseBuilder Urgent()
    {
        _urgent = true;
        return this;
    }

    public CaseBuilder WithConcerns(string primary, params string[] others)
    {
        _primary = primary;
        _concerns = [primary, .. others];
        return this;
    }

    public ReportCase.Command Build() => new()
    {
        ChildId = childId,
        ReceivedAt = TestApp.Clock.GetUtcNow().AddHours(-2),
        Channel = IntakeChannel.Phone,
        Source = ReferralSource.School,
        ReporterName = "Directeur d'école (fictif)",
        Concerns = [.. _concerns],
        PrimaryConcern = _primary,
        PlaceOfOccurrence = PlaceOfOccurrence.Home,
        Urgent = _urgent,
        RiskLevel = RiskLevel.Medium,
        Summary = "L'enfant arrive à l'école sans avoir mangé depuis plusieurs jours (cas inventé).",
    };
}

/// <summary>A social worker, a supervisor and a second supervisor of the first unit, with a child and helpers to walk a case.</summary>
public sealed class CaseWorld
{
    public required TestUser Worker { get; init; }
    public required TestUser Supervisor { get; init; }
    public required TestUser OtherSupervisor { get; init; }
    public required Guid ChildId { get; init; }

    public static async Task<CaseWorld> CreateAsync()
    {
        var worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        var child = await TestApp.SendAsync(new ChildBuilder().Build(), worker);
        return new CaseWorld
        {
            Worker = worker,
            Supervisor = await TestApp.CreateUserAsync(Roles.Supervisor),
            OtherSupervisor = await TestApp.CreateUserAsync(Roles.Supervisor),
            ChildId = child.Id,
        };
    }

    /// <summary>A case reported by the social worker (so assigned to them), brought to <paramref name="status"/> through the real commands.</summary>
    public async Task<Guid> CaseInAsync(CaseStatus status, CaseBuilder? builder = null)
    {
        var id = (await TestApp.SendAsync((builder ?? new CaseBuilder(ChildId)).Build(), Worker)).Id;
        if (status == CaseStatus.Received)
            return id;
        if (status == CaseStatus.NotRetained)
        {
            await Move(id, CaseStatus.NotRetained, notRetained: NotRetainedReason.NoProtectionConcern);
            return id;
        }

        await Move(id, CaseStatus.Open);
        if (status == CaseStatus.Open)
            return id;
        await Move(id, CaseStatus.UnderAssessment);
        if (status == CaseStatus.UnderAssessment)
            return id;
        await ApprovedPlanAsync(id);
        if (status == CaseStatus.PlanEstablished)
            return id;
        await Move(id, CaseStatus.InCare);
        if (status == CaseStatus.InCare)
            return id;
        if (status == CaseStatus.FollowUp)
        {
            await Move(id, CaseStatus.FollowUp);
            return id;
        }

        TestApp.Clock.Advance(TimeSpan.FromMinutes(1));
        await TestApp.SendAsync(new RequestClosure.Command { CaseId = id, Reason = ClosureReason.ObjectivesReached, Summary = "Objectifs atteints." }, Worker);
        await TestApp.SendAsync(new DecideClosure.Command { CaseId = id, Approved = true }, Supervisor);
        if (status == CaseStatus.Closed)
            return id;
        await Move(id, CaseStatus.Reopened, "Nouveau signalement de l'école");
        return id;
    }

    public async Task ApprovedPlanAsync(Guid id)
    {
        TestApp.Clock.Advance(TimeSpan.FromMinutes(1));
        await TestApp.SendAsync(new SavePlan.Command { CaseId = id, Objectives = ["Retour régulier à l'école"] }, Worker);
        await TestApp.SendAsync(new SubmitPlan.Command(id), Worker);
        await TestApp.SendAsync(new DecidePlan.Command { CaseId = id, Approved = true, Comment = "Validé" }, Supervisor);
    }

    public Task Move(Guid id, CaseStatus to, string? reason = null, NotRetainedReason? notRetained = null)
    {
        TestApp.Clock.Advance(TimeSpan.FromMinutes(1)); // steps of a real case never share a timestamp
        return TestApp.SendAsync(new TransitionCase.Command { CaseId = id, To = to, Reason = reason, NotRetainedReason = notRetained }, Worker);
    }

    public async Task<Guid> PartnerAsync() =>
        await TestApp.SendAsync(new SavePartner.Command
        {
            Name = "Centre de santé (fictif)", NameAr = "مركز صحي", Type = PartnerType.Health, Services = ["Consultation pédiatrique"],
        }, Supervisor);

    /// <summary>A referral of the case to a new partner, with the family's consent, not yet sent.</summary>
    public async Task<Guid> ReferralAsync(Guid caseId) =>
        await TestApp.SendAsync(new Application.Features.Referrals.ReferCase.Command
        {
            CaseId = caseId, PartnerId = await PartnerAsync(), Service = "Consultation pédiatrique", Reason = "Bilan de santé",
            InformationShared = "Âge, motif", ConsentGiven = true, ConsentGivenBy = "Mère", ConsentDate = DateOnly.FromDateTime(TestApp.Clock.GetUtcNow().UtcDateTime).AddDays(-1),
        }, Worker);
}
