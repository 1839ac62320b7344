using CaseManagement.Application.Features.Activities;
using CaseManagement.Application.Features.Cases;
using CaseManagement.Application.Features.Placements;
using CaseManagement.Application.Features.FollowUps;
using CaseManagement.Application.Features.Partners;
using CaseManagement.Application.Features.Referrals;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Activities;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Children;
using CaseManagement.Domain.FollowUps;
using CaseManagement.Domain.Placements;
using CaseManagement.Domain.Referrals;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.IntegrationTests.Features.Reports;

/// <summary>
/// An invented unit's year, written through the real commands at the moments they happened (the clock is moved to each
/// moment, in Casablanca time), whose October 2026 report has answers worked out by hand in <see cref="MonthlyIndicatorTests"/>.
/// Reports sit on both sides of midnight at the month's edges; children of both sexes fall in every age band; cases are
/// opened, closed and reopened across two years; referrals, services, EPS and kafala placements and activities happen
/// inside and outside the month.
/// </summary>
public sealed class ReportDataset
{
    private static readonly TimeZoneInfo Casablanca = TimeZoneInfo.FindSystemTimeZoneById("Africa/Casablanca");

    public required TestUser Worker { get; init; }
    public required TestUser Supervisor { get; init; }
    public Dictionary<string, Guid> Children { get; } = [];
    public Dictionary<string, Guid> Cases { get; } = [];
    public Guid Establishment { get; private set; }

    /// <summary>The instant of a Casablanca wall-clock time.</summary>
    public static DateTimeOffset Local(int year, int month, int day, int hour = 10, int minute = 0) =>
        new(TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified), Casablanca), TimeSpan.Zero);

    public static void At(int year, int month, int day, int hour = 10, int minute = 0) => TestApp.Clock.AdjustTime(Local(year, month, day, hour, minute));

    public static async Task<ReportDataset> BuildAsync()
    {
        var data = new ReportDataset
        {
            Worker = await TestApp.CreateUserAsync(Roles.SocialWorker),
            Supervisor = await TestApp.CreateUserAsync(Roles.Supervisor),
        };
        await data.WriteAsync();
        TestApp.Clock.AdjustTime(Local(2026, 11, 1, 6, 0));
        return data;
    }

    private async Task WriteAsync()
    {
        At(2025, 9, 1);
        await ChildAsync("ch1", "Salma", Sex.Female, new DateOnly(2016, 4, 12), "481.01.11");
        await ChildAsync("ch2", "Youssef", Sex.Male, new DateOnly(2026, 2, 10), "SK-R01", at: (2026, 9, 1));
        await ChildAsync("ch3", "Imane", Sex.Female, new DateOnly(2009, 6, 1), "SK-R02", foreign: true);
        await ChildAsync("ch4", "Anas", Sex.Male, null, null);
        await ChildAsync("ch5", "Rayan", Sex.Male, new DateOnly(2021, 5, 5), "481.01.11");
        await ChildAsync("ch6", "Hiba", Sex.Female, new DateOnly(2019, 11, 1), "481.01.07");
        await ChildAsync("ch7", "Karim", Sex.Male, new DateOnly(2014, 1, 1), "481.01.11");
        await ChildAsync("ch8", "Nour", Sex.Female, new DateOnly(2012, 3, 3), "SK-R03");
        await ChildAsync("ch9", "Zineb", Sex.Female, new DateOnly(2025, 12, 1), null, at: (2026, 1, 5));
        await ChildAsync("ch10", "Sami", Sex.Male, new DateOnly(2008, 10, 25), "481.01.11");
        At(2025, 9, 2);
        var partner = await SendAsync(new SavePartner.Command { Name = "Hôpital provincial (fictif)", NameAr = "المستشفى الإقليمي", Type = PartnerType.Health }, Supervisor);
        Establishment = await SendAsync(new SaveEstablishment.Command
        {
            Name = "EPS Al Amal (fictif)", NameAr = "مؤسسة الأمل", Category = EstablishmentCategory.ChildProtectionCentre, Capacity = 40,
        }, Supervisor);

        // Last year: K9 (ch8) received in September 2025, opened, closed in October 2025; K8 (ch6) received and opened in October 2025.
        await ReportAsync("K9", "ch8", Local(2025, 9, 15), ["SDIF"], ReferralSource.Family, IntakeChannel.InPerson);
        await OpenAsync("K9", 2025, 9, 16);
        await CloseAsync("K9", 2025, 10, 20, ClosureReason.DangerEnded);
        await ReportAsync("K8", "ch6", Local(2025, 10, 10), ["EXP-MEN"], ReferralSource.LocalAuthority, IntakeChannel.Phone);
        await OpenAsync("K8", 2025, 10, 11);
        await AssessAsync("K8", 2025, 10, 20);
        At(2025, 10, 25);
        await SendAsync(new RecordService.Command { CaseId = Cases["K8"], Date = new DateOnly(2025, 10, 25), Type = ServiceType.MaterialAid, Provider = ServiceDeliverer.Unit }, Worker);
        await ActivityAsync(2025, 10, 16, ActivityType.Training, hours: 4, pros: (1, 0), trainees: [("Éducatrice (fictive)", true)]);

        // This year before October: K7 (ch7) in March, with its referrals in September; EPS placement of ch5 from April.
        await ReportAsync("K7", "ch7", Local(2026, 3, 25, 10, 0), ["SCO"], ReferralSource.School, IntakeChannel.InPerson);
        await OpenAsync("K7", 2026, 3, 25, 10, 30);
        await AssessAsync("K7", 2026, 4, 20);
        await PlanAsync("K7", 2026, 5, 10);
        At(2026, 6, 1);
        await SendAsync(new RecordService.Command { CaseId = Cases["K7"], Date = new DateOnly(2026, 6, 1), Type = ServiceType.SchoolReintegration, Provider = ServiceDeliverer.Unit }, Worker);
        await CloseAsync("K8", 2026, 6, 15, ClosureReason.ObjectivesReached);
        var answered = await ReferAsync("K7", partner, 2026, 9, 5);
        await ReferralMoveAsync(answered, ReferralStatus.Accepted, 2026, 9, 10);
        await ReferralMoveAsync(answered, ReferralStatus.ServiceDelivered, 2026, 9, 20);
        await ReferralMoveAsync(answered, ReferralStatus.FeedbackReceived, 2026, 9, 25, "Consultation faite (invention)");
        await ReferAsync("K7", partner, 2026, 9, 20);
        At(2026, 4, 1);
        var rayanInEps = await SendAsync(new AdmitToEps.Command
        {
            ChildId = Children["ch5"], EstablishmentId = Establishment, AdmittedOn = new DateOnly(2026, 4, 1), LegalBasis = EpsLegalBasis.Administrative,
        }, Worker);
        await ActivityAsync(2026, 9, 12, ActivityType.AwarenessSession, children: (1, 1), commune: "481.01.11");

        // K0 (ch5) received a few minutes before October, in Casablanca, and opened on 1 October.
        await ReportAsync("K0", "ch5", Local(2026, 9, 30, 23, 50), ["NEG"], ReferralSource.Family, IntakeChannel.Phone, place: PlaceOfOccurrence.Street);
        await OpenAsync("K0", 2026, 10, 1, 8, 0);

        // October 2026.
        await ReportAsync("K1", "ch1", Local(2026, 10, 1, 0, 30), ["V-PHY", "SCO"], ReferralSource.School, IntakeChannel.Phone, urgent: true,
            perpetrator: PerpetratorRelationship.Parent);
        await OpenAsync("K1", 2026, 10, 1, 9, 0);
        await AssessAsync("K1", 2026, 10, 3);
        await ReferAsync("K1", partner, 2026, 10, 10);
        At(2026, 10, 20);
        await SendAsync(new RecordService.Command { CaseId = Cases["K1"], Date = new DateOnly(2026, 10, 5), Type = ServiceType.PsychosocialSupport, Provider = ServiceDeliverer.Unit }, Worker);
        await PlanAsync("K1", 2026, 10, 20);

        await MoveAsync("K8", CaseStatus.Reopened, 2026, 10, 5, reason: "Nouveau signalement (invention)");
        await MoveAsync("K8", CaseStatus.Open, 2026, 10, 5, 11, 0);
        At(2026, 10, 12);
        var visit = await SendAsync(new ScheduleFollowUp.Command { CaseId = Cases["K8"], Kind = FollowUpKind.HomeVisit, DueOn = new DateOnly(2026, 10, 12) }, Worker);
        await SendAsync(new ChangeFollowUp.Command { FollowUpId = visit, Change = FollowUpChange.Done, Outcome = "Visite faite (invention)" }, Worker);

        // K10 (ch4): received on 5 October, entered and opened nine days later.
        At(2026, 10, 14);
        await ReportAsync("K10", "ch4", Local(2026, 10, 5, 10, 0), ["RUE"], ReferralSource.Child, IntakeChannel.InPerson, place: PlaceOfOccurrence.Street, clock: false);
        await OpenAsync("K10", 2026, 10, 14, 10, 30);
        await CloseAsync("K7", 2026, 10, 10, ClosureReason.ObjectivesReached);

        await ReportAsync("K2", "ch2", Local(2026, 10, 15, 10, 0), ["NEG", "MIG", "CFL"], ReferralSource.Health, IntakeChannel.InPerson, place: PlaceOfOccurrence.School);
        await OpenAsync("K2", 2026, 10, 17, 10, 0);
        await AssessAsync("K2", 2026, 10, 25);
        At(2026, 10, 26);
        await SendAsync(new RecordService.Command
        {
            CaseId = Cases["K2"], Date = new DateOnly(2026, 10, 26), Type = ServiceType.LegalAid, Provider = ServiceDeliverer.Partner, PartnerId = partner,
        }, Worker);

        await ReportAsync("K3", "ch3", Local(2026, 10, 20, 10, 0), ["ABD"], ReferralSource.Police, IntakeChannel.Phone);
        await MoveAsync("K3", CaseStatus.NotRetained, 2026, 10, 20, 11, 0, notRetained: NotRetainedReason.Duplicate);
        await ReportAsync("K4", "ch3", Local(2026, 10, 21, 9, 0), ["ABD"], ReferralSource.Police, IntakeChannel.Phone, urgent: true, place: PlaceOfOccurrence.Street);
        await OpenAsync("K4", 2026, 10, 21, 9, 30);
        At(2026, 10, 22);
        await SendAsync(new UpdateCaseFlags.Command
        {
            CaseId = Cases["K4"], Urgent = true, ReportedToProsecutorOn = new DateOnly(2026, 10, 22), ProsecutorReference = "PR-2026/501",
            HasJudicialMeasure = true, JudgeType = JudgeType.JuvenileJudge, JudicialDecisionOn = new DateOnly(2026, 10, 22), PlacedInEps = true,
            Version = await TestApp.VersionOfCaseAsync(Cases["K4"]),
        }, Worker);
        var imaneInEps = await SendAsync(new AdmitToEps.Command
        {
            ChildId = Children["ch3"], CaseId = Cases["K4"], EstablishmentId = Establishment, AdmittedOn = new DateOnly(2026, 10, 22),
            LegalBasis = EpsLegalBasis.JuvenileJudge, DecisionReference = "OJ-2026/88",
        }, Worker);
        await AssessAsync("K4", 2026, 10, 28);
        At(2026, 10, 25);
        await SendAsync(new UpdateEpsProject.Command { PlacementId = imaneInEps.Id, PeiDate = new DateOnly(2026, 10, 25), PeiObjectives = "Scolarité (invention)" }, Worker);
        At(2026, 10, 28);
        await SendAsync(new RecordIncident.Command { PlacementId = imaneInEps.Id, Date = new DateOnly(2026, 10, 28), Kind = IncidentKind.Runaway, Description = "Fugue d'une nuit (invention)" }, Worker);
        At(2026, 10, 29);
        await SendAsync(new RecordService.Command { CaseId = Cases["K4"], Date = new DateOnly(2026, 10, 29), Type = ServiceType.CourtAccompaniment, Provider = ServiceDeliverer.Unit }, Worker);

        At(2026, 10, 15);
        await SendAsync(new ExitEps.Command { PlacementId = rayanInEps.Id, Date = new DateOnly(2026, 10, 15), Reason = EpsExitReason.FamilyReintegration }, Worker);
        At(2026, 10, 20, 15);
        await SendAsync(new RecordService.Command
        {
            CaseId = Cases["K0"], Date = new DateOnly(2026, 10, 20), Type = ServiceType.PostReintegrationFollowUp, Provider = ServiceDeliverer.Partner, PartnerId = partner,
        }, Worker);

        await ReportAsync("K5", "ch4", Local(2026, 10, 31, 23, 30), ["RUE"], ReferralSource.Community, IntakeChannel.Hotline);
        await ReportAsync("K6", "ch4", Local(2026, 11, 1, 0, 10), ["RUE"], ReferralSource.Community, IntakeChannel.Hotline);

        await ActivityAsync(2026, 10, 8, ActivityType.AwarenessSession, children: (10, 12), parents: (3, 1), places: 2, commune: "SK-R01");
        await ActivityAsync(2026, 10, 22, ActivityType.AwarenessSession, children: (5, 5), places: 1, commune: "481.01.11");
        await ActivityAsync(2026, 10, 14, ActivityType.CoordinationMeeting, kind: CoordinationKind.ProvincialCommittee, pros: (4, 6));
        await ActivityAsync(2026, 10, 16, ActivityType.Training, hours: 6, pros: (2, 1),
            trainees: [("Travailleuse sociale A (fictive)", true), ("Travailleur social B (fictif)", true), ("Éducatrice C (fictive)", false)]);
        await ActivityAsync(2026, 10, 27, ActivityType.MigrationPrevention, children: (4, 6));

        await KafalasAsync();
    }

    private async Task KafalasAsync()
    {
        // KF3 (ch10): ordered and handed over in January, ends in October when the child turns 18; its July visit was done.
        At(2026, 1, 10);
        var kf3 = await OpenKafalaAsync("ch10", "MA");
        await KafalaMoveAsync(kf3, KafalaStatus.RequestFiled, new DateOnly(2026, 1, 10));
        await KafalaMoveAsync(kf3, KafalaStatus.CommissionInquiry, new DateOnly(2026, 1, 11));
        await KafalaMoveAsync(kf3, KafalaStatus.OrderIssued, new DateOnly(2026, 1, 12), "KF-2026/02");
        await KafalaMoveAsync(kf3, KafalaStatus.HandedOver, new DateOnly(2026, 1, 13));
        At(2026, 7, 20);
        var july = await TestApp.WithDbAsync(db => db.FollowUps.Where(f => f.KafalaPlacementId == kf3 && f.DueOn == new DateOnly(2026, 7, 13)).Select(f => f.Id).SingleAsync());
        await SendAsync(new ChangeFollowUp.Command { FollowUpId = july, Change = FollowUpChange.Done, Outcome = "Visite faite (invention)" }, Worker);
        At(2026, 10, 25);
        await SendAsync(new EndKafala.Command { Id = kf3, Cause = KafalaEndCause.ReachedMajority, Date = new DateOnly(2026, 10, 25) }, Worker);

        // KF2 (ch8): ordered in August, handed over in September; its first visit (5 October) is overdue.
        At(2026, 8, 1);
        var kf2 = await OpenKafalaAsync("ch8", "MA");
        await KafalaMoveAsync(kf2, KafalaStatus.RequestFiled, new DateOnly(2026, 8, 1));
        await KafalaMoveAsync(kf2, KafalaStatus.CommissionInquiry, new DateOnly(2026, 8, 5));
        await KafalaMoveAsync(kf2, KafalaStatus.OrderIssued, new DateOnly(2026, 8, 20), "KF-2026/11");
        At(2026, 9, 5);
        await KafalaMoveAsync(kf2, KafalaStatus.HandedOver, new DateOnly(2026, 9, 5));

        // KF1 (ch9): ordered in October for a couple living in France, handed over, authorised to leave for France.
        At(2026, 10, 5);
        var kf1 = await OpenKafalaAsync("ch9", "FR");
        await KafalaMoveAsync(kf1, KafalaStatus.RequestFiled, new DateOnly(2026, 5, 1));
        await KafalaMoveAsync(kf1, KafalaStatus.CommissionInquiry, new DateOnly(2026, 6, 1));
        await KafalaMoveAsync(kf1, KafalaStatus.OrderIssued, new DateOnly(2026, 10, 5), "KF-2026/17");
        At(2026, 10, 12);
        await KafalaMoveAsync(kf1, KafalaStatus.HandedOver, new DateOnly(2026, 10, 12));
        At(2026, 10, 20);
        await SendAsync(new TransitionKafala.Command { Id = kf1, To = KafalaStatus.AuthorisedToLeave, Date = new DateOnly(2026, 10, 20), DestinationCountry = "FR", Reference = "AUT-2026/3" }, Worker);
    }

    private async Task<Guid> OpenKafalaAsync(string child, string residence) =>
        (await SendAsync(new OpenKafala.Command
        {
            ChildId = Children[child],
            Kafils = [new Kafil { Kind = KafilKind.Couple, FullName = "Couple kafil (fictif)", CountryOfResidence = residence, LegalConditionsVerified = true }],
        }, Worker)).Id;

    private Task<TransitionKafala.Result> KafalaMoveAsync(Guid id, KafalaStatus to, DateOnly date, string? reference = null) =>
        SendAsync(new TransitionKafala.Command { Id = id, To = to, Date = date, Reference = reference }, Worker);

    private async Task ChildAsync(string key, string name, Sex sex, DateOnly? born, string? commune, bool foreign = false, (int Y, int M, int D)? at = null)
    {
        if (at is { } day)
            At(day.Y, day.M, day.D);
        var command = new ChildBuilder().Named(name, "Fictif").NamedAr(null, null).OfSex(sex).BornOn(born).InCommune(commune).Build();
        if (foreign)
        {
            command.Nationality = "SN";
            command.Schooling = SchoolingStatus.DroppedOut;
            command.HasDisability = true;
            command.CivilRegistration = new CivilRegistration { IsRegistered = false };
        }

        Children[key] = (await SendAsync(command, Worker)).Id;
        At(2025, 9, 1);
    }

    private async Task ReportAsync(string key, string child, DateTimeOffset receivedAt, string[] concerns, ReferralSource source, IntakeChannel channel,
        bool urgent = false, PlaceOfOccurrence place = PlaceOfOccurrence.Home, PerpetratorRelationship? perpetrator = null, bool clock = true)
    {
        if (clock)
            TestApp.Clock.AdjustTime(receivedAt.AddMinutes(1));
        Cases[key] = (await SendAsync(new ReportCase.Command
        {
            ChildId = Children[child], ReceivedAt = receivedAt, Channel = channel, Source = source, Concerns = [.. concerns], PrimaryConcern = concerns[0],
            PlaceOfOccurrence = place, PerpetratorRelationship = perpetrator, Urgent = urgent, RiskLevel = RiskLevel.Medium,
            Summary = "Situation inventée pour les tests.",
        }, Worker)).Id;
    }

    private Task OpenAsync(string key, int y, int m, int d, int h = 10, int mi = 0) => MoveAsync(key, CaseStatus.Open, y, m, d, h, mi);

    private async Task MoveAsync(string key, CaseStatus to, int y, int m, int d, int h = 10, int mi = 0, string? reason = null, NotRetainedReason? notRetained = null)
    {
        At(y, m, d, h, mi);
        await SendAsync(new TransitionCase.Command { CaseId = Cases[key], To = to, Reason = reason, NotRetainedReason = notRetained }, Worker);
    }

    private async Task AssessAsync(string key, int y, int m, int d)
    {
        At(y, m, d, 16);
        await SendAsync(new RecordAssessment.Command
        {
            CaseId = Cases[key], OverallRisk = RiskLevel.Medium,
            Findings = [new AssessmentFinding { Domain = AssessmentDomain.Safety, ConcernLevel = ConcernLevel.Medium, Finding = "Invention" }],
        }, Worker);
    }

    private async Task PlanAsync(string key, int y, int m, int d)
    {
        At(y, m, d, 9);
        await SendAsync(new SavePlan.Command { CaseId = Cases[key], Objectives = ["Objectif inventé"] }, Worker);
        await SendAsync(new SubmitPlan.Command(Cases[key]), Worker);
        At(y, m, d, 15);
        await SendAsync(new DecidePlan.Command { CaseId = Cases[key], Approved = true }, Supervisor);
    }

    private async Task CloseAsync(string key, int y, int m, int d, ClosureReason reason)
    {
        At(y, m, d, 9);
        await SendAsync(new RequestClosure.Command { CaseId = Cases[key], Reason = reason, Summary = "Synthèse inventée." }, Worker);
        At(y, m, d, 15);
        await SendAsync(new DecideClosure.Command { CaseId = Cases[key], Approved = true }, Supervisor);
    }

    private async Task<Guid> ReferAsync(string key, Guid partner, int y, int m, int d)
    {
        At(y, m, d, 9);
        var id = await SendAsync(new ReferCase.Command
        {
            CaseId = Cases[key], PartnerId = partner, Service = "Consultation", Reason = "Bilan de santé", ConsentGiven = true, ConsentGivenBy = "Mère",
        }, Worker);
        await SendAsync(new ChangeReferralStatus.Command { ReferralId = id, Status = ReferralStatus.Sent }, Worker);
        return id;
    }

    private async Task ReferralMoveAsync(Guid id, ReferralStatus status, int y, int m, int d, string? feedback = null)
    {
        At(y, m, d);
        await SendAsync(new ChangeReferralStatus.Command { ReferralId = id, Status = status, Feedback = feedback }, Worker);
    }

    private async Task ActivityAsync(int y, int m, int d, ActivityType type, (int F, int M) children = default, (int F, int M) parents = default,
        (int F, int M) pros = default, int? places = null, string? commune = null, CoordinationKind? kind = null, decimal hours = 2,
        (string Name, bool Certified)[]? trainees = null)
    {
        At(y, m, d, 18);
        await SendAsync(new SaveActivity.Command
        {
            Date = new DateOnly(y, m, d), Type = type, CoordinationKind = kind, Place = "Lieu inventé", CommuneCode = commune, Hours = hours, Topic = "Thème inventé",
            PlacesReached = places,
            Participants = new Participants
            {
                ChildrenFemale = children.F, ChildrenMale = children.M, ParentsFemale = parents.F, ParentsMale = parents.M,
                ProfessionalsFemale = pros.F, ProfessionalsMale = pros.M,
            },
            Trainees = (trainees ?? []).Select(t => new Trainee { Name = t.Name, Certified = t.Certified }).ToList(),
        }, Supervisor);
    }

    private static Task<T> SendAsync<T>(MediatR.IRequest<T> request, TestUser user) => TestApp.SendAsync(request, user);
}
