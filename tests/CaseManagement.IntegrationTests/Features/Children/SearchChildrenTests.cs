using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.Application.Features.Children;
using CaseManagement.Application.Security;
using CaseManagement.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

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
    public async Task Pages_the_results_by_key_and_gives_the_total()
    {
        var first = await TestApp.SendAsync(new SearchChildren.Query(null, null, 2), _worker);
        var second = await TestApp.SendAsync(new SearchChildren.Query(null, first.Next, 2), _worker);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Total, Is.EqualTo(3));
            Assert.That(first.TotalCapped, Is.False);
            Assert.That(first.Items, Has.Count.EqualTo(2));
            Assert.That(first.Next, Is.Not.Null);
            Assert.That(second.Items, Has.Count.EqualTo(1));
            Assert.That(second.Next, Is.Null, "the last page has no next");
            Assert.That(first.Items.Concat(second.Items).Select(c => c.Id).Distinct().Count(), Is.EqualTo(3));
        }
    }

    /// <summary>SQLite's own plan of every query a search sends: each table is searched through an index, none scanned.</summary>
    [TestCase("mans", "IX_ChildNameTokens_UnitId_Token_ChildId (UnitId=? AND Token>? AND Token<?)")]
    [TestCase("التا", "IX_ChildNameTokens_UnitId_Token_ChildId (UnitId=? AND Token>? AND Token<?)")]
    [TestCase("moh 2019", "IX_ChildNameTokens_UnitId_Token_ChildId (UnitId=? AND Token>? AND Token<?)")]
    [TestCase("UPE-SK-2026-0002", "IX_Children_FileNumber (FileNumber=?)")]
    public async Task A_search_reads_indexes_and_never_scans_the_children(string q, string index)
    {
        List<string> plans;
        using (var queries = new QueryParameters())
        {
            var found = await Search(q);
            Assert.That(found.Items, Is.Not.Empty);
            plans = [];
            foreach (var (sql, parameters) in queries.Commands.Where(c => c.Sql.Contains("\"Children\"", StringComparison.Ordinal)))
                plans.Add(await TestApp.WithDbAsync(db => QueryParameters.PlanAsync(db, sql, parameters)));
        }

        Assert.That(plans, Has.Count.EqualTo(2), "the capped count and the page");
        foreach (var plan in plans)
        {
            Assert.That(plan, Does.Contain(index));
            // "SCAN" of a co-routine reads the rows of its own subquery (the count's first 1,001), not a table.
            var lines = plan.Split('\n');
            var subqueries = lines.Where(l => l.StartsWith("CO-ROUTINE ", StringComparison.Ordinal)).Select(l => "SCAN " + l["CO-ROUTINE ".Length..]).ToHashSet();
            Assert.That(lines.Where(l => l.StartsWith("SCAN", StringComparison.Ordinal) && !subqueries.Contains(l)), Is.Empty, plan);
        }
    }

    [Test]
    public async Task A_common_word_pages_newest_first_and_says_more_than_the_cap_and_a_rare_second_word_narrows_it()
    {
        await TestApp.WithDbAsync(async db =>
        {
            for (var i = 0; i < Application.Features.Paging.TotalCap + 5; i++)
            {
                TestApp.Clock.Advance(TimeSpan.FromSeconds(1));
                db.Children.Add(Domain.Children.Child.Register(_worker.UnitId, $"UPE-SK-2025-{i + 1:D4}",
                    new Domain.Children.ChildDetails { GivenName = i == 7 ? "Ilyas" : "Commun", FamilyName = "Inventé", Nationality = "MA" },
                    _worker.Id, TestApp.Clock.GetUtcNow(), new DateOnly(2026, 11, 29)));
            }

            return await db.SaveChangesAsync();
        });

        var common = await Search("comm");
        var narrowed = await Search("inven ilya");

        Assert.That((common.Total, common.TotalCapped), Is.EqualTo((Application.Features.Paging.TotalCap, true)), "more than 1,000");
        Assert.That(common.Items, Has.Count.EqualTo(20));
        Assert.That(common.Items.Select(c => c.CreatedAt), Is.Ordered.Descending, "newest first");
        Assert.That(common.Items[0].FileNumber, Is.EqualTo($"UPE-SK-2025-{Application.Features.Paging.TotalCap + 5:D4}"));
        Assert.That(narrowed.Items.Select(c => c.FileNumber), Is.EqualTo(new[] { "UPE-SK-2025-0008" }), "the rare word read by id, the common one probed");
        Assert.That((narrowed.Total, narrowed.TotalCapped), Is.EqualTo((1, false)));
    }

    [Test]
    public async Task Api_search_returns_items_and_total()
    {
        using var client = await TestApp.ApiClientAsync(_worker);
        var body = await client.GetFromJsonAsync<JsonElement>("/api/v1/children?q=%D9%85%D8%AD%D9%85%D8%AF&pageSize=10");
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
