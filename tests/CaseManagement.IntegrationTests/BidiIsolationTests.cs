using System.Net;
using System.Text.RegularExpressions;
using CaseManagement.Application.Features.Partners;
using CaseManagement.Application.Security;
using CaseManagement.Domain.Cases;
using CaseManagement.Domain.Referrals;
using CaseManagement.IntegrationTests.Infrastructure;
using CaseManagement.Web.Localization;

namespace CaseManagement.IntegrationTests;

/// <summary>
/// Data shown inline next to other text is a bidi isolate in the rendered HTML, so the Arabic interface never reorders
/// a date into a name ("2026/10/Rachid Alaoui 15") nor a phone number's groups ("11 11 11 0537"): dates, numbers,
/// references and phone numbers in <c>&lt;bdi dir="ltr"&gt;</c>, names in <c>&lt;bdi&gt;</c>.
/// </summary>
public sealed partial class BidiIsolationTests
{
    internal static async Task UseArabicAsync(HttpClient pages)
    {
        var page = await pages.GetStringAsync("/");
        var token = Token().Match(page).Groups[1].Value;
        var switched = await pages.PostAsync("/Culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["language"] = "ar", ["returnUrl"] = "/", ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
        Assert.That(switched.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Dates_and_names_next_to_other_text_are_isolated_on_the_case_page(bool arabic)
    {
        var world = await CaseWorld.CreateAsync();
        var caseId = await world.CaseInAsync(CaseStatus.UnderAssessment);
        using var pages = await TestApp.PageClientAsync(world.Worker);
        if (arabic)
            await UseArabicAsync(pages);

        var page = await pages.GetStringAsync($"/Cases/Details/{caseId}");

        Assert.That(page, Does.Contain(arabic ? "<html lang=\"ar\" dir=\"rtl\">" : "<html lang=\"fr\" dir=\"ltr\">"));
        Assert.That(IsolatedDate().IsMatch(page), Is.True, "a due date as a left-to-right isolate, digits in day/month/year order without marks");
        Assert.That(IsolatedDateTime().IsMatch(page), Is.True, "a moment of the timeline as a left-to-right isolate");
        Assert.That(page, Does.Contain($"<bdi>{WebUtility.HtmlEncode(world.Worker.DisplayName)}</bdi>"), "who did it, isolated");
        var mark = page.IndexOf('\u200F', StringComparison.Ordinal);
        Assert.That(mark, Is.EqualTo(-1), () => $"no right-to-left marks inside dates: {page[Math.Max(0, mark - 80)..Math.Min(page.Length, mark + 40)]}");
    }

    [Test]
    public async Task A_partners_phone_number_is_left_to_right_in_the_arabic_partner_list()
    {
        var supervisor = await TestApp.CreateUserAsync(Roles.Supervisor);
        await TestApp.SendAsync(new SavePartner.Command
        {
            Name = "Association Al Amal (fictive)", NameAr = "جمعية الأمل", Type = PartnerType.Association, Services = ["Écoute"],
            Contact = "Mme Idrissi 0537 11 11 11",
        }, supervisor);
        using var pages = await TestApp.PageClientAsync(supervisor);
        await UseArabicAsync(pages);

        var list = await pages.GetStringAsync("/Partners");

        Assert.That(list, Does.Contain("<bdi>Mme Idrissi <bdi dir=\"ltr\">0537 11 11 11</bdi></bdi>"));
    }

    [Test]
    public void Display_values_are_isolates_in_markup_and_in_text()
    {
        using var culture = new CultureScope("ar-MA");
        var date = Display.Date(new DateOnly(2026, 10, 15));
        var html = new StringWriter();
        date.WriteTo(html, System.Text.Encodings.Web.HtmlEncoder.Default);

        Assert.That(html.ToString(), Is.EqualTo("<bdi dir=\"ltr\">15/10/2026</bdi>"));
        Assert.That(date.ToString(), Is.EqualTo("\u206615/10/2026\u2069"), "inside a localised sentence: Unicode isolates");
        Assert.That(Display.Date(null).ToString(), Is.EqualTo("—"));
        var name = new StringWriter();
        Display.Data("Rachid <Alaoui>").WriteTo(name, System.Text.Encodings.Web.HtmlEncoder.Default);
        Assert.That(name.ToString(), Is.EqualTo("<bdi>Rachid &lt;Alaoui&gt;</bdi>"), "encoded inside the isolate");
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly System.Globalization.CultureInfo previous = System.Globalization.CultureInfo.CurrentCulture;

        public CultureScope(string name) => System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo(name);

        public void Dispose() => System.Globalization.CultureInfo.CurrentCulture = previous;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<bdi dir=\"ltr\">\\d{2}/\\d{2}/\\d{4}</bdi>")]
    private static partial Regex IsolatedDate();

    [GeneratedRegex("<bdi dir=\"ltr\">\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}</bdi>")]
    private static partial Regex IsolatedDateTime();
}

