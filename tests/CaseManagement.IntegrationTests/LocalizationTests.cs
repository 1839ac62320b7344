using System.Text.RegularExpressions;
using CaseManagement.Web.Localization;

namespace CaseManagement.IntegrationTests;

public sealed partial class LocalizationTests
{
    [Test]
    public void French_arabic_and_english_have_the_same_keys()
    {
        var french = JsonStringLocalizer.Instance.For("fr").Keys.ToHashSet();
        foreach (var language in new[] { "ar", "en" })
            Assert.That(JsonStringLocalizer.Instance.For(language).Keys, Is.EquivalentTo(french), language);
    }

    [Test]
    public void Every_key_the_pages_use_exists()
    {
        var root = FindRepositoryRoot();
        var keys = JsonStringLocalizer.Instance.For("fr").Keys.ToHashSet();
        var used = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(f => UsedKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet();
        Assert.That(used, Is.Not.Empty);
        Assert.That(used.Except(keys), Is.Empty);
    }

    [Test]
    public void Every_enum_value_shown_on_pages_has_a_label()
    {
        var keys = JsonStringLocalizer.Instance.For("fr").Keys.ToHashSet();
        var enums = new[]
        {
            typeof(CaseManagement.Domain.Children.Sex), typeof(CaseManagement.Domain.Children.SchoolingStatus),
            typeof(CaseManagement.Domain.Children.FamilyRelationship), typeof(CaseManagement.Domain.Reference.Milieu),
            typeof(CaseManagement.Domain.Auditing.AuditAction), typeof(CaseManagement.Domain.Cases.CaseStatus),
            typeof(CaseManagement.Domain.Cases.IntakeChannel), typeof(CaseManagement.Domain.Cases.ReferralSource),
            typeof(CaseManagement.Domain.Cases.RiskLevel), typeof(CaseManagement.Domain.Cases.PlaceOfOccurrence),
            typeof(CaseManagement.Domain.Cases.PerpetratorRelationship), typeof(CaseManagement.Domain.Cases.NotRetainedReason),
            typeof(CaseManagement.Domain.Cases.ClosureReason), typeof(CaseManagement.Domain.Cases.JudgeType),
            typeof(CaseManagement.Domain.Cases.AssessmentDomain), typeof(CaseManagement.Domain.Cases.ConcernLevel),
            typeof(CaseManagement.Domain.Cases.ApprovalState), typeof(CaseManagement.Domain.Cases.PlanActionStatus),
            typeof(CaseManagement.Domain.Cases.NoteSensitivity), typeof(CaseManagement.Domain.FollowUps.FollowUpKind),
            typeof(CaseManagement.Domain.FollowUps.FollowUpPurpose), typeof(CaseManagement.Domain.FollowUps.FollowUpStatus),
            typeof(CaseManagement.Domain.Referrals.PartnerType), typeof(CaseManagement.Domain.Referrals.ReferralStatus),
            typeof(CaseManagement.Domain.Placements.KafalaStatus), typeof(CaseManagement.Domain.Placements.KafilKind),
            typeof(CaseManagement.Domain.Placements.AbandonmentCategory), typeof(CaseManagement.Domain.Placements.KafalaEndCause),
            typeof(CaseManagement.Domain.Placements.KafalaReportType), typeof(CaseManagement.Domain.Placements.KafalaCheckDomain),
            typeof(CaseManagement.Domain.Placements.EstablishmentCategory), typeof(CaseManagement.Domain.Placements.EpsLegalBasis),
            typeof(CaseManagement.Domain.Placements.EpsStatus), typeof(CaseManagement.Domain.Placements.IncidentKind),
            typeof(CaseManagement.Domain.Placements.EpsExitReason), typeof(CaseManagement.Domain.Notifications.ReminderRule),
            typeof(CaseManagement.Domain.Cases.ServiceType), typeof(CaseManagement.Domain.Cases.ServiceDeliverer),
            typeof(CaseManagement.Domain.Activities.ActivityType), typeof(CaseManagement.Domain.Activities.CoordinationKind),
        };
        var missing = enums.SelectMany(t => Enum.GetNames(t).Select(n => $"Enum.{t.Name}.{n}")).Where(k => !keys.Contains(k));
        Assert.That(missing, Is.Empty);
        Assert.That(CaseManagement.Application.Security.Roles.All.Select(r => "Role." + r).Where(k => !keys.Contains(k)), Is.Empty);
        Assert.That(CaseManagement.Domain.Cases.ProtectionConcerns.All.Select(c => "Concern." + c).Where(k => !keys.Contains(k)), Is.Empty);
        Assert.That(Enum.GetNames<CaseManagement.Domain.Cases.CaseStatus>().Select(s => "Cases.MoveTo." + s).Where(k => !keys.Contains(k)), Is.Empty);
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CaseManagement.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found");
    }

    [GeneratedRegex("(?:L\\[\"|Translate\\(\")([A-Z][A-Za-z]+\\.[A-Za-z.]+)\"")]
    private static partial Regex UsedKey();
}
