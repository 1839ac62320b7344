using CaseManagement.Application.Documents;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Children;
using CaseManagement.Domain.FollowUps;
using CaseManagement.Domain.Placements;
using CaseManagement.Domain.Referrals;
using CaseManagement.Web.Localization;

namespace CaseManagement.Documents.Tests.CaseDocuments;

/// <summary>The four documents filled with invented data (no real person), in a fixed moment, for snapshots and read-back tests.</summary>
internal static class DocumentSamples
{
    public static readonly DateTimeOffset At = new(2026, 11, 29, 9, 30, 0, TimeSpan.Zero);

    public static DocumentText Text(string language) => new DocumentTexts(JsonStringLocalizer.Instance).For(language);

    public static DocumentStamp Stamp(string fileNumber) =>
        new("UPE de Sidi Kacem", "وحدة حماية الطفولة بسيدي قاسم", "Salma Bennani", At, "Africa/Casablanca", fileNumber);

    public static readonly string[] Kinds = ["summary", "referral", "kafala", "prosecutor", "mixed"];

    /// <summary>Mixed Arabic and French with brackets, numbers, percentages, phone numbers, dates and harakat, each inserted as a document inserts data.</summary>
    public static Document Mixed(string language)
    {
        var L = Text(language);
        string[] lines =
        [
            "الطفل Yanis (Martin) البالغ",
            "أحيل إلى CHU Ibn Rochd (Casablanca) يوم 3 مارس",
            "L'enfant سلمى (العلوي) a dit",
            $"Nom : {L.Name("Amine", "أمين")} — 12 ans",
            L.Format("المبلغ {0} درهم، بنسبة {1:0} %", 1250.50m.ToString("N2", L.Culture), 45),
            "الهاتف: " + DocumentText.Contact("0537 11 11 11"),
            $"زيارة {DocumentText.Data("Rachid Alaoui")} يوم {L.Date(new DateOnly(2026, 10, 15))}",
            $"الأمر {DocumentText.Isolate("REF-ORD 1")} بتاريخ {L.Date(new DateOnly(2026, 7, 1))} — ملف {DocumentText.Isolate("UPE-SK-2026-0014")}",
            "مُحَمَّد لا يزال في المدرسة (الإعدادية) منذ 2024",
            "« Il a dit : “je veux rentrer” » — l'enfant, 12 ans ; suivi à 100 % !",
        ];
        return Document.Create(d => d.RightToLeft(L.RightToLeft).Page(p => p.Content().Column(c =>
        {
            foreach (var line in lines)
                c.Item().PaddingBottom(8).Text(line).FontSize(12);
            c.Item().Row(r => r.ConstantItem(110).Text(string.Join(" ", lines[6..8])).FontSize(10));
        })));
    }

    public static Document Build(string kind, string language) => kind switch
    {
        "summary" => CaseSummaryDocument.Compose(Summary, Text(language), Stamp(Summary.CaseNumber)),
        "referral" => ReferralLetterDocument.Compose(Referral, Text(language), Stamp(Referral.CaseNumber)),
        "kafala" => KafalaReportDocument.Compose(Kafala, Text(language), Stamp(Kafala.ChildFileNumber)),
        "prosecutor" => ProsecutorLetterDocument.Compose(Prosecutor, Text(language), Stamp(Prosecutor.CaseNumber)),
        "mixed" => Mixed(language),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static CaseSummaryDocument.Model Summary => new()
    {
        CaseNumber = "UPE-SK-2026-0014",
        ChildFileNumber = "UPE-SK-2026-0031",
        ChildName = "Yasmine Alaoui",
        ChildNameAr = "ياسمين العلوي",
        Sex = Sex.Female,
        DateOfBirth = new DateOnly(2015, 3, 1),
        DateOfBirthEstimated = true,
        Commune = "Sidi Kacem",
        Status = CaseStatus.InCare,
        OpenedOn = new DateOnly(2026, 10, 2),
        Urgent = true,
        RiskLevel = RiskLevel.High,
        AssignedTo = "Salma Bennani",
        Intake = new Intake
        {
            ReceivedAt = new DateTimeOffset(2026, 10, 1, 10, 15, 0, TimeSpan.Zero),
            Channel = IntakeChannel.Phone,
            Source = ReferralSource.School,
            PlaceOfOccurrence = PlaceOfOccurrence.Home,
            Summary = "L'école signale des absences répétées (12 jours en octobre) et des marques visibles sur les bras. L'enfant dit avoir peur de rentrer chez elle.",
            ImmediateActions = "Visite à domicile le 2 octobre avec l'assistante sociale de l'école.",
        },
        Concerns = ["V-PHY", "NEG", "SCO"],
        PrimaryConcern = "V-PHY",
        ProsecutorReport = new ProsecutorReport { ReportedOn = new DateOnly(2026, 10, 3), Reference = "PR-2026/118" },
        Assessment = new Assessment
        {
            OverallRisk = RiskLevel.High,
            AssessedAt = new DateTimeOffset(2026, 10, 14, 11, 0, 0, TimeSpan.Zero),
            Narrative = "Situation de danger avérée ; la mère est protectrice et accepte l'accompagnement.",
            Findings =
            [
                new AssessmentFinding { Domain = AssessmentDomain.Safety, ConcernLevel = ConcernLevel.High, Finding = "Violences physiques répétées du beau-père." },
                new AssessmentFinding { Domain = AssessmentDomain.Education, ConcernLevel = ConcernLevel.Medium, Finding = "Absentéisme depuis la rentrée (45 % des jours)." },
                new AssessmentFinding { Domain = AssessmentDomain.Health, ConcernLevel = ConcernLevel.Low, Finding = "Suivi par le centre de santé de Sidi Kacem." },
            ],
        },
        Plan = new InterventionPlan
        {
            State = ApprovalState.Approved,
            NextReviewOn = new DateOnly(2027, 1, 14),
            Objectives = ["Mettre l'enfant à l'abri des violences.", "Rétablir une scolarité régulière."],
            Actions =
            [
                new PlanAction { What = "Accompagner la mère pour la plainte", Who = "Salma Bennani", DueOn = new DateOnly(2026, 10, 20), Status = PlanActionStatus.Done },
                new PlanAction { What = "Soutien scolaire avec l'association partenaire", Who = "Association Tafoukt", DueOn = new DateOnly(2026, 12, 15), Status = PlanActionStatus.InProgress },
            ],
        },
        FollowUps =
        [
            new(FollowUpKind.HomeVisit, FollowUpPurpose.PlanReview, new DateOnly(2026, 12, 5), FollowUpStatus.Planned, "Salma Bennani"),
            new(FollowUpKind.PhoneCall, FollowUpPurpose.Manual, new DateOnly(2026, 11, 10), FollowUpStatus.Done, "Salma Bennani"),
        ],
        Referrals = [new("Centre de santé Al Amal", "المركز الصحي الأمل", "Consultation pédiatrique", ReferralStatus.FeedbackReceived, new DateOnly(2026, 10, 16), "Vue le 21/10, bilan normal.")],
        Notes = [new(new DateTimeOffset(2026, 10, 9, 15, 0, 0, TimeSpan.Zero), "Salma Bennani", NoteSensitivity.Normal, "Entretien avec la mère : elle souhaite quitter le domicile avec ses enfants.")],
    };

    public static ReferralLetterDocument.Model Referral => new()
    {
        CaseNumber = "UPE-SK-2026-0014",
        ReferralReference = "UPE-SK-2026-0014/261016-3F2A",
        Partner = "Centre de santé Al Amal",
        PartnerAr = "المركز الصحي الأمل",
        PartnerContact = "Dr. Karima Idrissi — 0537 00 00 00",
        ChildName = "Yasmine Alaoui",
        ChildNameAr = "ياسمين العلوي",
        Sex = Sex.Female,
        DateOfBirth = new DateOnly(2015, 3, 1),
        DateOfBirthEstimated = true,
        Service = "Consultation pédiatrique et bilan de santé",
        Reason = "Marques visibles sur les bras signalées par l'école ; besoin d'un bilan et d'un certificat médical.",
        InformationShared = "Identité, motif de l'orientation, coordonnées de la mère.",
        ConsentGiven = true,
        ConsentGivenBy = "la mère",
        ConsentDate = new DateOnly(2026, 10, 15),
        SentOn = new DateOnly(2026, 10, 16),
        ExpectedResponseOn = new DateOnly(2026, 11, 15),
        Referrer = "Salma Bennani",
    };

    public static KafalaReportDocument.Model Kafala => new()
    {
        ChildFileNumber = "UPE-SK-2025-0102",
        ChildName = "Adam",
        ChildNameAr = "آدم",
        Status = KafalaStatus.FollowUpAbroad,
        Kafils = [new(KafilKind.Couple, "Karim et Nadia Benali", "كريم ونادية بنعلي", "FR", "12 rue des Tilleuls, 54000 Nancy")],
        OrderNumber = "KF-2025/044",
        OrderDate = new DateOnly(2025, 6, 12),
        Court = "Tribunal de première instance de Sidi Kacem",
        HandOverDate = new DateOnly(2025, 7, 1),
        DestinationCountry = "FR",
        DepartmentReference = "ASE-54-2025-7781",
        ReportDate = new DateOnly(2026, 11, 20),
        ReportType = KafalaReportType.HomeVisit,
        ReportAuthor = "Salma Bennani",
        Findings =
        [
            new CheckFinding { Domain = KafalaCheckDomain.Health, Finding = "Bonne santé, vaccinations à jour." },
            new CheckFinding { Domain = KafalaCheckDomain.Schooling, Finding = "Scolarisé en CP, bonne adaptation." },
            new CheckFinding { Domain = KafalaCheckDomain.RelationshipWithKafil, Finding = "Lien affectueux, cadre cohérent." },
        ],
        Concerns = null,
        Actions = "Prochaine visite dans six mois ; rapport transmis au juge des tutelles.",
        SentToJudgeOn = new DateOnly(2026, 11, 25),
    };

    public static ProsecutorLetterDocument.Model Prosecutor => new()
    {
        CaseNumber = "UPE-SK-2026-0014",
        ChildName = "Yasmine Alaoui",
        ChildNameAr = "ياسمين العلوي",
        Sex = Sex.Female,
        DateOfBirth = new DateOnly(2015, 3, 1),
        DateOfBirthEstimated = true,
        Address = "دوار أولاد بن حمادي، جماعة سيدي قاسم",
        ReceivedAt = new DateTimeOffset(2026, 10, 1, 10, 15, 0, TimeSpan.Zero),
        Channel = IntakeChannel.Phone,
        Concerns = ["V-PHY", "NEG"],
        Urgent = true,
        RiskLevel = RiskLevel.High,
        Facts = "أفادت إدارة المدرسة بغياب متكرر للطفلة (12 يوما خلال شهر أكتوبر) وبوجود آثار ظاهرة على ذراعيها، وصرحت الطفلة بأنها تخاف العودة إلى المنزل.",
        ImmediateActions = "زيارة منزلية يوم 2 أكتوبر بحضور المساعدة الاجتماعية للمدرسة.",
        Signatory = "Salma Bennani",
    };
}
