using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseManagement.Domain.Cases;
using CaseManagement.IntegrationTests.Infrastructure;

namespace CaseManagement.IntegrationTests.Features.Cases;

public sealed class CaseTransitionTests : IntegrationTest
{
    /// <summary>DOMAIN.md: Received → NotRetained | Open → UnderAssessment → PlanEstablished → InCare ⇄ FollowUp → Closed → Reopened → Open.</summary>
    private static readonly Dictionary<CaseStatus, CaseStatus[]> Allowed = new()
    {
        [CaseStatus.Received] = [CaseStatus.Open, CaseStatus.NotRetained],
        [CaseStatus.NotRetained] = [],
        [CaseStatus.Open] = [CaseStatus.UnderAssessment],
        [CaseStatus.UnderAssessment] = [], // PlanEstablished only through an approved plan
        [CaseStatus.PlanEstablished] = [CaseStatus.InCare],
        [CaseStatus.InCare] = [CaseStatus.FollowUp],
        [CaseStatus.FollowUp] = [CaseStatus.InCare],
        [CaseStatus.Closed] = [CaseStatus.Reopened],
        [CaseStatus.Reopened] = [CaseStatus.Open],
    };

    private static IEnumerable<TestCaseData> Pairs() =>
        from source in Enum.GetValues<CaseStatus>()
        from target in Enum.GetValues<CaseStatus>()
        let allowed = Allowed[source].Contains(target)
        select new TestCaseData(source, target, allowed).SetName($"{source} to {target} is {(allowed ? "allowed" : "refused")}");

    [TestCaseSource(nameof(Pairs))]
    public async Task Every_transition_is_allowed_or_refused_as_the_pathway_says(CaseStatus from, CaseStatus to, bool allowed)
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(from);
        using var client = await TestApp.ApiClientAsync(world.Worker);

        var response = await client.PostAsJsonAsync($"/api/v1/cases/{id}/transitions",
            new { to = to.ToString(), reason = "Motif de test", notRetainedReason = "Duplicate" });

        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(allowed ? HttpStatusCode.OK : HttpStatusCode.Conflict), body);
        var stored = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}", TestApp.Json);
        Assert.That(stored.GetProperty("status").GetString(), Is.EqualTo((allowed ? to : from).ToString()));
        if (!allowed)
            Assert.That(JsonDocument.Parse(body).RootElement.GetProperty("title").GetString(), Is.Not.Empty, "a clear message");
    }

    [Test]
    public async Task Each_move_is_kept_in_the_history_with_who_when_and_why()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.Reopened);
        using var client = await TestApp.ApiClientAsync(world.Supervisor);

        var stored = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}", TestApp.Json);
        var moves = stored.GetProperty("timeline").EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "Status")
            .Select(e => e.GetProperty("to").GetString()).Reverse().ToList();

        Assert.That(moves, Is.EqualTo(new[] { "Received", "Open", "UnderAssessment", "PlanEstablished", "InCare", "Closed", "Reopened" }));
        var reopened = stored.GetProperty("timeline").EnumerateArray().First(e => e.GetProperty("to").GetString() == "Reopened");
        Assert.That(reopened.GetProperty("detail").GetString(), Is.EqualTo("Nouveau signalement de l'école"));
        Assert.That(reopened.GetProperty("who").GetString(), Is.EqualTo(world.Worker.DisplayName));
    }

    [Test]
    public async Task Not_retaining_needs_a_coded_reason()
    {
        var world = await CaseWorld.CreateAsync();
        var id = await world.CaseInAsync(CaseStatus.Received);
        using var client = await TestApp.ApiClientAsync(world.Worker);

        var response = await client.PostAsJsonAsync($"/api/v1/cases/{id}/transitions", new { to = "NotRetained" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task Reporting_a_case_returns_its_number_and_the_social_worker_who_took_it_holds_it()
    {
        var world = await CaseWorld.CreateAsync();
        using var client = await TestApp.ApiClientAsync(world.Worker);

        var first = await client.PostAsJsonAsync("/api/v1/cases", new CaseBuilder(world.ChildId).Build(), TestApp.Json);
        var second = await client.PostAsJsonAsync("/api/v1/cases", new CaseBuilder(world.ChildId).WithConcerns("V-PHY").Build(), TestApp.Json);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var body = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(body.GetProperty("caseNumber").GetString(), Is.EqualTo("UPE-SK-2026-0001/1"));
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("Received"));
        Assert.That((await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString(), Is.EqualTo("UPE-SK-2026-0001/2"));
        var stored = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{body.GetProperty("id").GetGuid()}");
        Assert.That(stored.GetProperty("assignedTo").GetGuid(), Is.EqualTo(world.Worker.Id));
        Assert.That(stored.GetProperty("concerns").EnumerateArray().Select(c => c.GetString()), Is.EquivalentTo(new[] { "NEG", "SCO" }));
        Assert.That(stored.GetProperty("primaryConcern").GetString(), Is.EqualTo("NEG"));
    }

    [Test]
    public async Task A_report_with_unknown_concerns_or_a_primary_concern_not_listed_gets_400()
    {
        var world = await CaseWorld.CreateAsync();
        using var client = await TestApp.ApiClientAsync(world.Worker);
        var command = new CaseBuilder(world.ChildId).Build();
        command.Concerns = ["NEG", "XYZ"];
        command.PrimaryConcern = "V-SEX";

        var response = await client.PostAsJsonAsync("/api/v1/cases", command, TestApp.Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(e => e.Name), Is.SupersetOf(new[] { "concerns[1]", "primaryConcern" }));
    }
}
