using System.Text.RegularExpressions;

namespace CaseManagement.IntegrationTests.Security;

/// <summary>The CSP forbids inline style and script: no page may carry any (styles are classes of site.css).</summary>
public sealed partial class PageSourceTests
{
    [Test]
    public void No_page_has_an_inline_style_or_script()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CaseManagement.sln")))
            dir = dir.Parent;
        var pages = Directory.EnumerateFiles(Path.Combine(dir!.FullName, "src", "CaseManagement.Web", "Pages"), "*.cshtml", SearchOption.AllDirectories).ToList();
        Assert.That(pages, Has.Count.GreaterThan(30));

        var found = pages.SelectMany(page => File.ReadAllLines(page).Select((line, i) => (page, line, i)))
            .Where(x => Inline().IsMatch(x.line))
            .Select(x => $"{Path.GetFileName(x.page)}:{x.i + 1}: {x.line.Trim()}").ToList();
        Assert.That(found, Is.Empty, string.Join("\n", found));
    }

    // A style attribute, a <style> block, an event-handler attribute, a script without src, a javascript: URL.
    // asp-validation-summary renders an empty summary with style="display:none": the partials _FormErrors and _AllErrors replace it.
    [GeneratedRegex(@"asp-validation-summary|\sstyle\s*=|<style[\s>]|\son[a-z]+\s*=\s*""|<script(?![^>]*\ssrc=)[^>]*>|javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex Inline();
}
