using CaseManagement.IntegrationTests.Infrastructure;

namespace CaseManagement.IntegrationTests;

/// <summary>Every regional variant of the three languages gets the interface in that language.</summary>
public sealed class CultureNegotiationTests
{
    [TestCase("ar", "ar")]
    [TestCase("ar-SA,ar;q=0.9", "ar")]
    [TestCase("ar-MA", "ar")]
    [TestCase("en", "en")]
    [TestCase("en-US,en;q=0.9", "en")]
    [TestCase("fr-FR", "fr")]
    [TestCase("de-DE,en-US;q=0.8", "en")]
    [TestCase("de-DE", "fr")]
    [TestCase("ar;q=0, en;q=0.5", "en")]
    public async Task The_browsers_language_chooses_the_interface(string acceptLanguage, string expected)
    {
        using var client = TestApp.AnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        var page = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.That(page, Does.Contain($"<html lang=\"{expected}\""));
    }
}
