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
    public void Every_enum_value_of_the_domain_has_a_label()
    {
        var keys = JsonStringLocalizer.Instance.For("fr").Keys.ToHashSet();
        // Every public enum of the domain, found by reflection: a new one cannot be forgotten.
        var enums = typeof(CaseManagement.Domain.Children.Sex).Assembly.GetExportedTypes().Where(t => t.IsEnum).ToList();
        Assert.That(enums, Has.Count.GreaterThan(40));
        var missing = enums.SelectMany(t => Enum.GetNames(t).Select(n => $"Enum.{t.Name}.{n}")).Where(k => !keys.Contains(k)).ToList();
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
