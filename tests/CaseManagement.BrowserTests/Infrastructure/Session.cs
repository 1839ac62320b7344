using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CaseManagement.BrowserTests;

/// <summary>
/// One person at a browser: their own context (cookies, language, screen), every console error and page error
/// collected (a content-security-policy violation is a console error in Chromium), and <see cref="CheckAsync"/> run
/// on each page a journey reaches: no errors so far, no serious or critical axe-core finding, a screenshot saved.
/// </summary>
public sealed class Session : IAsyncDisposable
{
    private readonly List<string> errors = [];

    private Session(IBrowserContext context, IPage page, string language, bool phone)
    {
        Context = context;
        Page = page;
        Language = language;
        Phone = phone;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                errors.Add($"{page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => errors.Add($"{page.Url}: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
                errors.Add($"{page.Url}: {response.Status} for {response.Url}");
        };
    }

    public IReadOnlyList<string> Errors => errors;

    /// <summary>After a page's findings are reported, the next page starts with none.</summary>
    public void ForgetErrors() => errors.Clear();

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public string Language { get; }

    public bool Phone { get; }

    public static async Task<Session> OpenAsync(string language = "fr", bool phone = false)
    {
        var context = await BrowserApp.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BrowserApp.BaseUrl,
            Locale = language switch { "ar" => "ar-MA", "en" => "en-GB", _ => "fr-FR" },
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1366, Height = 900 },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        return new Session(context, page, language, phone);
    }

    public async Task SignInAsync(string email, string password)
    {
        await Page.GotoAsync("/Account/Login");
        await Page.Locator("#Data_Email").FillAsync(email);
        await Page.Locator("#Data_Password").FillAsync(password);
        await Page.Locator("form button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
    }

    /// <summary>Switches the interface to the session's language with the header's buttons, as a user does.</summary>
    public async Task UseLanguageAsync()
    {
        var current = await Page.Locator("html").GetAttributeAsync("lang");
        if (current == Language)
            return;
        await OpenMenuAsync();
        await OpenAccountMenuAsync();
        await Page.Locator($"button[name=language][value={Language}]").ClickAsync();
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", Language); // (a string predicate would need eval, which the CSP refuses)
    }

    /// <summary>On a phone the menu is behind its button: opens it when it is closed.</summary>
    public async Task OpenMenuAsync()
    {
        var toggler = Page.Locator(".navbar-toggler");
        if (await toggler.IsVisibleAsync() && await toggler.GetAttributeAsync("aria-expanded") != "true")
        {
            await toggler.ClickAsync();
            await Page.Locator("#main-menu.show").WaitForAsync();
        }
    }

    /// <summary>Signed in, the language, the account's security and sign-out are in the account menu: opens it.</summary>
    public async Task OpenAccountMenuAsync()
    {
        var toggle = Page.Locator("#account-menu");
        if (await toggle.CountAsync() == 0 || await toggle.GetAttributeAsync("aria-expanded") == "true")
            return;
        await OpenMenuAsync();
        await toggle.ClickAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
    }

    /// <summary>Follows a link of the main menu.</summary>
    public async Task OpenMenuItemAsync(string href)
    {
        await OpenMenuAsync();
        await Page.Locator($"#main-menu a[href='{href}']").ClickAsync();
        await Page.WaitForURLAsync($"**{href}");
    }

    /// <summary>The page as the user sees it: no console error or CSP violation so far, no serious or critical accessibility finding; a screenshot is saved.</summary>
    public async Task CheckAsync(string name)
    {
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserApp.Artifacts, $"{name}-{Language}{(Phone ? "-phone" : string.Empty)}.png"),
            FullPage = true,
            Caret = ScreenshotCaret.Initial, // hiding the caret injects a <style>, which the app's CSP rightly refuses
        });
        Assert.That(errors, Is.Empty, $"{name}: console errors");
        var header = await Page.EvaluateAsync<double>("() => document.querySelector('header').getBoundingClientRect().height");
        if (!Phone)
            Assert.That(header, Is.LessThanOrEqualTo(OneLineHeader), $"{name}: the header wraps over more than one line");
        var overflowing = await Page.EvaluateAsync<string[]>(OverflowScript, Phone);
        Assert.That(overflowing, Is.Empty, $"{name}: text clipped or overflowing its box");
        if (Phone)
        {
            var layout = await Page.EvaluateAsync<double[]>(
                "() => [document.documentElement.scrollWidth, window.innerWidth, document.querySelector('header').getBoundingClientRect().height, window.innerHeight]");
            Assert.That(layout[0], Is.LessThanOrEqualTo(layout[1]), $"{name}: the page scrolls sideways on a phone");
            Assert.That(layout[2], Is.LessThanOrEqualTo(0.2 * layout[3]), $"{name}: the header takes more than a fifth of the first screen");
            var wrapped = await Page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('.file-number')].filter(e => e.getClientRects().length > 1).map(e => e.textContent)");
            Assert.That(wrapped, Is.Empty, $"{name}: file numbers wrapped over lines");
        }

        if (Language == "ar")
        {
            // Latin words in the Arabic interface that are neither data (isolated in <bdi> or marked left to right or
            // in another language) nor one of the codes the unit writes in Latin letters.
            var latin = await Page.EvaluateAsync<string[]>(@"() => {
                const skip = e => e.closest('bdi, code, .file-number, .latin, [dir=ltr], [unicode-bidi=isolate], [lang]:not([lang=ar]), script, style, select, option');
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                const words = [];
                for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                    if (skip(n.parentElement)) continue;
                    for (const w of n.textContent.match(/[A-Za-zÀ-ÿ]{2,}/g) || []) words.push(w);
                }
                return [...new Set(words)];
            }");
            var leaks = latin.Where(w => !AllowedLatin.Contains(w)).ToList();
            if (leaks.Count > 0)
            {
                var where = await Page.EvaluateAsync<string[]>(@"(word) => {
                    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                    const found = [];
                    for (let n = walker.nextNode(); n; n = walker.nextNode())
                        if (n.textContent.includes(word)) found.push(n.parentElement.outerHTML.slice(0, 200));
                    return found;
                }", leaks[0]);
                leaks.AddRange(where);
            }
            Assert.That(leaks, Is.Empty, $"{name}: words in Latin script in the Arabic interface");

            // Geometry, not markup: in every reference, date and number shown left to right, each character stands to
            // the right of the one before it on its line (a date or file number reordered by the Arabic around it fails).
            var reordered = await Page.EvaluateAsync<string[]>(ReadingOrderScript);
            Assert.That(reordered, Is.Empty, $"{name}: left-to-right data not read in order");
        }

        var results = await Page.RunAxe();
        var serious = results.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
        Assert.That(serious, Is.Empty, $"{name} ({Language}): accessibility");
    }

    /// <summary>What is not laid out for the eye (screen-reader text, closed menus) or shows its own text (choices).</summary>
    private const string NotShown = ".visually-hidden, .table-stack thead, .dropdown-menu:not(.show), .collapse:not(.show), select, option";

    /// <summary>The navbar on one line (56 px, plus a little for a badge on the bell).</summary>
    private const double OneLineHeader = 72;

    /// <summary>
    /// Element bounds, in either direction (a right-to-left page overflowing to the left does not scroll, so scroll
    /// widths alone would miss it): every element holding text lies inside the viewport, none clips its text (an
    /// overflow other than visible with content wider than the box), and on a phone no table needs a sideways scroll.
    /// What is not shown (<see cref="NotShown"/>) is skipped.
    /// </summary>
    private const string OverflowScript = @"(phone) => {
        const found = [];
        const width = document.documentElement.clientWidth;
        const describe = e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} ""${e.textContent.trim().slice(0, 60)}""`;
        for (const e of document.querySelectorAll('body *')) {
            if (e.closest('" + NotShown + @", script, style, svg, input, textarea')) continue;
            const box = e.getBoundingClientRect();
            if (box.width === 0 || box.height === 0) continue;
            const style = getComputedStyle(e);
            if (style.visibility === 'hidden') continue;
            const holdsText = [...e.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== '');
            if (holdsText && (box.left < -1 || box.right > width + 1)) found.push('outside the page: ' + describe(e));
            const scrolls = e.classList.contains('table-responsive');
            if (style.overflowX !== 'visible' && e.scrollWidth > e.clientWidth + 1 && (!scrolls || phone))
                found.push((scrolls ? 'a table wider than a phone: ' : 'clipped: ') + describe(e));
        }
        return found.slice(0, 10);
    }";

    /// <summary>The characters of each left-to-right datum (file numbers, <c>bdi dir=ltr</c>) laid out left to right, line by line.</summary>
    private const string ReadingOrderScript = @"() => {
        const found = [];
        for (const e of document.querySelectorAll('.file-number, bdi[dir=ltr]')) {
            if (e.closest('" + NotShown + @"') || e.getClientRects().length === 0) continue;
            let previous = null;
            const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                for (let i = 0; i < n.textContent.length; i++) {
                    if (/\s/.test(n.textContent[i])) continue;
                    const range = document.createRange();
                    range.setStart(n, i);
                    range.setEnd(n, i + 1);
                    const box = range.getBoundingClientRect();
                    if (box.width === 0) continue;
                    if (previous && Math.abs(box.top - previous.top) < box.height / 2 && box.left < previous.left - 0.5) {
                        found.push(e.textContent.trim().slice(0, 60));
                        break;
                    }
                    previous = box;
                }
            }
        }
        return [...new Set(found)].slice(0, 10);
    }";

    /// <summary>Codes written in Latin letters in Arabic too: file-number prefixes, concern codes, country codes (MA, FR), formats, acronyms, the authenticator apps' names.</summary>
    private static readonly HashSet<string> AllowedLatin = new(
        new[] { "UPE", "SK", "PDF", "CSV", "XLSX", "PNG", "JPEG", "EPS", "PII", "CIN", "QR", "TOTP", "IP", "MA", "FR", "SHA", "FreeOTP", "Aegis", "Google", "Microsoft", "Authenticator" }
            .Concat(CaseManagement.Domain.Cases.ProtectionConcerns.All.SelectMany(code => code.Split('-'))),
        StringComparer.Ordinal);

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
    }
}
