using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.Application.Features.Children;
using CaseManagement.Application.Security;
using CaseManagement.IntegrationTests.Infrastructure;

namespace CaseManagement.IntegrationTests.Features.Children;

public sealed class SearchChildrenTests : IntegrationTest
{
    private TestUser _worker = null!;

    [SetUp]
    public async Task RegisterChildren()
    {
        _worker = await TestApp.CreateUserAsync(Roles.SocialWorker);
        await TestApp.SendAsync(new ChildBuilder().Named("Élodie", "Mansouri").NamedAr("إِلُودِي", "المنصوري").BornOn(new DateOnly(2014, 2, 1)).Build(), _worker);
        await TestApp.SendAsync(new ChildBuilder().Named("Mohamed", "Tazi").NamedAr("مُحَمَّد", "التازي").BornOn(new DateOnly(2019, 7, 9)).Build(), _worker);
        await TestApp.SendAsync(new ChildBuilder().Named("Fatima", "Zahra").NamedAr("فاطمة", "الزهراء").BornOn(null).Build(), _worker);
    }

    private Task<Application.Features.Paged<ChildListItem>> Search(string q) => TestApp.SendAsync(new SearchChildren.Query(q), _worker);

    [Test]
    public async Task Finds_a_child_by_arabic_name_typed_without_diacritics()
    {
        var result = await Search("محمد");
        Assert.That(result.Items.Select(c => c.GivenName), Is.EqualTo(new[] { "Mohamed" }));
    }

    [Test]
    public async Task Finds_a_child_by_arabic_name_typed_with_hamza_and_ta_marbuta_variants()
    {
        Assert.That((await Search("الودي")).Items.Select(c => c.GivenName), Is.EqualTo(new[] { "Élodie" }));
        Assert.That((await Search("فاطمه")).Items.Select(c => c.GivenName), Is.EqualTo(new[] { "Fatima" }));
    }

    [Test]
    public async Task Finds_a_child_by_latin_name_in_another_case_and_without_accents()
    {
        Assert.That((await Search("ELODIE mansouri")).Items.Select(c => c.FamilyName), Is.EqualTo(new[] { "Mansouri" }));
        Assert.That((await Search("tazi")).Items.Select(c => c.FamilyName), Is.EqualTo(new[] { "Tazi" }));
    }

    [Test]
    public async Task Finds_a_child_by_file_number_and_by_birth_year()
    {
        Assert.That((await Search("UPE-SK-2026-0002")).Items.Select(c => c.GivenName), Is.EqualTo(new[] { "Mohamed" }));
        Assert.That((await Search(" upe-sk-2026-0002 ")).Items.Select(c => c.GivenName), Is.EqualTo(new[] { "Mohamed" }), "typed in lower case");
        Assert.That((await Search("UPE-SK-2026-0009")).Items, Is.Empty, "a file number is that file or none");
        Assert.That((await Search("2014")).Items.Select(c => c.GivenName), Is.EqualTo(new[] { "Élodie" }));
    }

    [Test]
    public async Task Pages_the_results_and_gives_the_total()
    {
        var first = await TestApp.SendAsync(new SearchChildren.Query(null, 1, 2), _worker);
        var second = await TestApp.SendAsync(new SearchChildren.Query(null, 2, 2), _worker);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Total, Is.EqualTo(3));
            Assert.That(first.Items, Has.Count.EqualTo(2));
            Assert.That(second.Items, Has.Count.EqualTo(1));
            Assert.That(first.Items.Concat(second.Items).Select(c => c.Id).Distinct().Count(), Is.EqualTo(3));
        }
    }

    [Test]
    public async Task Api_search_returns_items_and_total()
    {
        using var client = await TestApp.ApiClientAsync(_worker);
        var body = await client.GetFromJsonAsync<JsonElement>("/api/v1/children?q=%D9%85%D8%AD%D9%85%D8%AF&page=1&pageSize=10");
        Assert.That(body.GetProperty("total").GetInt32(), Is.EqualTo(1));
        Assert.That(body.GetProperty("items")[0].GetProperty("familyName").GetString(), Is.EqualTo("Tazi"));
    }

    [Test]
    public async Task Other_units_children_never_appear_in_search()
    {
        var otherUnit = await TestApp.CreateUnitAsync("KN");
        var stranger = await TestApp.CreateUserAsync(Roles.Supervisor, otherUnit);
        var result = await TestApp.SendAsync(new SearchChildren.Query("Tazi"), stranger);
        Assert.That(result.Total, Is.Zero);
    }
}
